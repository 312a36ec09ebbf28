package org.synergies.mandates.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.synergies.mandates.ParagraphKind;
import org.synergies.mandates.ParagraphView;
import org.synergies.shared.Language;

/**
 * One paragraph in every language it exists in.
 *
 * @param number as adopted, "6.bis"
 * @param anchor its id in the text, "para-6bis"; operative paragraphs also have a page of
 * their own at the text's address followed by it
 */
record MandateParagraphResponse(ParagraphKind kind, String number, String anchor, @Nullable String address,
		List<MandateParagraphContent> contents) {

	static MandateParagraphResponse of(List<ParagraphView> versions, String textAddress) {
		ParagraphView first = versions.get(0);
		return new MandateParagraphResponse(first.kind(), first.number(), first.anchor(),
				first.kind() == ParagraphKind.OPERATIVE ? textAddress + "/" + first.anchor() : null,
				versions.stream().map(MandateParagraphContent::of).toList());
	}

	/**
	 * A paragraph in one language.
	 *
	 * @param subParagraphs as printed, "a) …" (bullets without a label)
	 */
	record MandateParagraphContent(Language language, @Nullable String openingWords, String value,
			List<String> subParagraphs, List<String> footnotes) {

		static MandateParagraphContent of(ParagraphView paragraph) {
			return new MandateParagraphContent(paragraph.language(), paragraph.openingWords(), paragraph.text(),
					paragraph.subParagraphs()
						.stream()
						.map(sub -> sub.label() == null ? sub.text() : sub.printedLabel() + " " + sub.text())
						.toList(),
					paragraph.footnotes());
		}

	}

}
