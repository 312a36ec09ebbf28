package org.synergies.mandates;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.Language;

/**
 * What a DOCX would add to a text in one language, paragraph by paragraph with any
 * problems, before anything is saved.
 *
 * @param id the preview to confirm; none for a preview that is not kept (the API's dry
 * run)
 * @param symbol the symbol line the file starts with, as written, if any
 * @param title the title the file gives, as written, if any
 * @param annexes the headings of the annexes the file holds
 * @param annexTexts those annexes as they will be saved with the paragraphs
 * @param version the text's version when the file was read: the confirmation is refused
 * if the text changed since
 */
public record MandateImportPreview(@Nullable UUID id, UUID mandate, Language language, String fileName,
		@Nullable String symbol, @Nullable String title, List<String> annexes, List<AnnexDetails> annexTexts,
		List<ImportedParagraph> paragraphs, long version, Instant createdAt) {

	/**
	 * Whether every paragraph can be saved: then, and only then, the import may be
	 * confirmed.
	 */
	public boolean confirmable() {
		return !this.paragraphs.isEmpty() && this.paragraphs.stream().allMatch(ImportedParagraph::isValid);
	}

	public long problemCount() {
		return this.paragraphs.stream().filter(paragraph -> !paragraph.isValid()).count();
	}

	public long count(ParagraphKind kind) {
		return this.paragraphs.stream().filter(paragraph -> paragraph.details().kind() == kind).count();
	}

	/** One paragraph as read from the file, with what would refuse it. */
	public record ImportedParagraph(ParagraphDetails details, List<FieldProblem> problems) {

		public boolean isValid() {
			return this.problems.isEmpty();
		}

		public List<SubParagraph> subParagraphs() {
			return SubParagraph.parse(this.details.subParagraphs());
		}

		public List<String> footnotes() {
			String footnotes = this.details.footnotes();
			return footnotes == null ? List.of() : footnotes.lines().filter(line -> !line.isBlank()).toList();
		}

	}

}
