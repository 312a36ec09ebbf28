package org.synergies.mandates;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * One paragraph of a text in one language.
 *
 * @param number as adopted, "6.bis" (preambular paragraphs are numbered in order of
 * appearance, for their address only)
 * @param openingWords the words set apart in italics ("Recalling", "Requests"), if any
 * @param footnotes the paragraph's footnotes, in order
 */
public record ParagraphView(UUID id, Language language, ParagraphKind kind, String number,
		@Nullable String openingWords, String text, List<SubParagraph> subParagraphs, List<String> footnotes) {

	public ParagraphNumber paragraphNumber() {
		return ParagraphNumber.parse(this.number).orElseThrow();
	}

	/** "para-6bis" for operative paragraph 6.bis, "preamble-3" for the third recital. */
	public String anchor() {
		return this.kind.anchor(paragraphNumber());
	}

	/** The whole text as read: opening words, then the rest. */
	public String fullText() {
		return this.openingWords == null ? this.text : this.openingWords + " " + this.text;
	}

}
