package org.synergies.mandates.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.mandates.ParagraphDetails;
import org.synergies.mandates.ParagraphNumber;
import org.synergies.shared.FieldProblem;

/** The rules of one entered paragraph, every problem reported at once. */
final class ParagraphChecks {

	static final int TEXT_LIMIT = 10_000;

	static final int OPENING_WORDS_LIMIT = 200;

	private ParagraphChecks() {
	}

	/**
	 * The paragraph to store, or none when it has problems (added to {@code problems}).
	 */
	static @Nullable MandateParagraph check(ParagraphDetails details, String prefix, List<FieldProblem> problems) {
		int before = problems.size();
		if (details.language() == null) {
			problems.add(new FieldProblem(prefix + "language", "mandates.paragraph.language.required"));
		}
		if (details.kind() == null) {
			problems.add(new FieldProblem(prefix + "kind", "mandates.paragraph.kind.required"));
		}
		ParagraphNumber number = null;
		if (details.number() == null || details.number().isBlank()) {
			problems.add(new FieldProblem(prefix + "number", "mandates.paragraph.number.required"));
		}
		else {
			number = ParagraphNumber.parse(details.number()).orElse(null);
			if (number == null) {
				problems.add(new FieldProblem(prefix + "number", "mandates.paragraph.number.invalid",
						details.number().strip()));
			}
		}
		String text = Mandate.blankless(details.text());
		if (text == null) {
			problems.add(new FieldProblem(prefix + "text", "mandates.paragraph.text.required"));
		}
		else if (text.length() > TEXT_LIMIT) {
			problems.add(new FieldProblem(prefix + "text", "mandates.paragraph.text.tooLong", TEXT_LIMIT));
		}
		String openingWords = Mandate.blankless(details.openingWords());
		if (openingWords != null && openingWords.length() > OPENING_WORDS_LIMIT) {
			problems.add(new FieldProblem(prefix + "openingWords", "mandates.paragraph.openingWords.tooLong",
					OPENING_WORDS_LIMIT));
		}
		if (problems.size() > before || details.language() == null || details.kind() == null || number == null
				|| text == null) {
			return null;
		}
		return new MandateParagraph(UUID.randomUUID(), details.language(), details.kind(), number.toString(),
				openingWords, text, Mandate.blankless(details.subParagraphs()), Mandate.blankless(details.footnotes()));
	}

}
