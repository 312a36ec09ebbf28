package org.synergies.mandates.web;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.synergies.mandates.MandateImportPreview;
import org.synergies.mandates.ParagraphKind;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.Language;

/**
 * What a DOCX holds, paragraph by paragraph, and whether it was saved.
 *
 * @param saved false for a dry run
 * @param symbol the symbol line of the file, as written
 * @param title the title in the file, as written
 * @param annexes the annexes' headings (their content is not imported)
 * @param text the text as saved, with every paragraph (none for a dry run)
 */
record MandateImportResponse(boolean saved, String fileName, Language language, @Nullable String symbol,
		@Nullable String title, List<String> annexes, List<MandateImportParagraphResponse> paragraphs,
		@Nullable MandateTextResponse text) {

	static MandateImportResponse of(MandateImportPreview preview, boolean saved, @Nullable MandateTextResponse text,
			Function<FieldProblem, String> message) {
		return new MandateImportResponse(saved, preview.fileName(), preview.language(), preview.symbol(),
				preview.title(), preview.annexes(),
				preview.paragraphs()
					.stream()
					.map(paragraph -> new MandateImportParagraphResponse(paragraph.details().kind(),
							paragraph.details().number(), paragraph.details().openingWords(),
							String.valueOf(paragraph.details().text()),
							paragraph.subParagraphs()
								.stream()
								.map(sub -> sub.label() == null ? sub.text() : sub.printedLabel() + " " + sub.text())
								.toList(),
							paragraph.footnotes(),
							saved ? List.of()
									: paragraph.problems()
										.stream()
										.map(problem -> new MandateImportProblem(problem.field(), problem.messageKey(),
												message.apply(problem)))
										.toList()))
					.toList(),
				text);
	}

	/** A paragraph as read, with what would refuse it. */
	record MandateImportParagraphResponse(@Nullable ParagraphKind kind, @Nullable String number,
			@Nullable String openingWords, String value, List<String> subParagraphs, List<String> footnotes,
			List<MandateImportProblem> problems) {
	}

	/**
	 * Why a paragraph would be refused: the field, the rule, the message in the caller's
	 * language.
	 */
	record MandateImportProblem(String field, String rule, String message) {
	}

}
