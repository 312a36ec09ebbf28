package org.synergies.mandates.internal;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.mandates.ParagraphKind;
import org.synergies.mandates.ParagraphView;
import org.synergies.mandates.SubParagraph;
import org.synergies.shared.Language;

/**
 * A paragraph of a text in one language, as stored: sub-paragraphs and footnotes one per
 * line.
 */
@Table("mandate_paragraph")
record MandateParagraph(UUID paragraphKey, Language language, ParagraphKind kind, String paragraphNumber,
		@Nullable String openingWords, String body, @Nullable String subParagraphs, @Nullable String footnotes) {

	ParagraphView view() {
		List<String> notes = this.footnotes == null ? List.of()
				: Arrays.stream(this.footnotes.split("\\R"))
					.map(String::strip)
					.filter(note -> !note.isEmpty())
					.toList();
		return new ParagraphView(this.paragraphKey, this.language, this.kind, this.paragraphNumber, this.openingWords,
				this.body, SubParagraph.parse(this.subParagraphs), notes);
	}

	boolean sameSlot(MandateParagraph other) {
		return this.language == other.language && this.kind == other.kind
				&& this.paragraphNumber.equals(other.paragraphNumber);
	}

}
