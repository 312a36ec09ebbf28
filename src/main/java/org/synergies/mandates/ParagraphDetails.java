package org.synergies.mandates;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * One paragraph as the Secretariat enters it, in one language.
 *
 * @param number as adopted ("6.bis", "6 bis", "6bis"); for a preambular paragraph its
 * place in the preamble
 * @param subParagraphs one per line, lettered ("a) …") or bulleted ("- …")
 * @param footnotes one per line
 */
public record ParagraphDetails(@Nullable Language language, @Nullable ParagraphKind kind, @Nullable String number,
		@Nullable String openingWords, @Nullable String text, @Nullable String subParagraphs,
		@Nullable String footnotes) {
}
