package org.synergies.mandates.web;

import org.jspecify.annotations.Nullable;
import org.synergies.mandates.ParagraphDetails;
import org.synergies.mandates.ParagraphKind;
import org.synergies.shared.Language;

/**
 * The form that enters one paragraph in one language; {@code version} is the text's, as
 * read.
 */
record ParagraphForm(@Nullable Language language, @Nullable ParagraphKind kind, @Nullable String number,
		@Nullable String openingWords, @Nullable String text, @Nullable String subParagraphs,
		@Nullable String footnotes, @Nullable Long version) {

	/** A new form in the language and kind just entered, for the next paragraph. */
	static ParagraphForm next(@Nullable Language language, @Nullable ParagraphKind kind, long version) {
		return new ParagraphForm(language == null ? Language.EN : language,
				kind == null ? ParagraphKind.OPERATIVE : kind, null, null, null, null, null, version);
	}

	ParagraphDetails details() {
		return new ParagraphDetails(this.language, this.kind, this.number, this.openingWords, this.text,
				this.subParagraphs, this.footnotes);
	}

}
