package org.synergies.mandates.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.mandates.AmendedParagraph;
import org.synergies.mandates.ParagraphKind;
import org.synergies.shared.Language;

/** A paragraph an amendment changes, in one language, as stored. */
@Table("mandate_amendment_change")
record AmendmentChange(UUID changeKey, Language language, ParagraphKind kind, @Nullable String originNumber,
		String paragraphNumber, boolean deleted, @Nullable String openingWords, String body,
		@Nullable String subParagraphs, @Nullable String footnotes) {

	static AmendmentChange of(AmendedParagraph paragraph) {
		return new AmendmentChange(UUID.randomUUID(), paragraph.language(), paragraph.kind(), paragraph.origin(),
				paragraph.number(), paragraph.deleted(), paragraph.openingWords(), paragraph.text(),
				paragraph.subParagraphs(), paragraph.footnotes());
	}

	AmendedParagraph view() {
		return new AmendedParagraph(this.language, this.kind, this.originNumber, this.paragraphNumber, this.deleted,
				this.openingWords, this.body, this.subParagraphs, this.footnotes);
	}

}
