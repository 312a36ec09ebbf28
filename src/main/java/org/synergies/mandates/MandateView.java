package org.synergies.mandates;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * A resolution or decision as it stands in one revision, its paragraphs in every language
 * entered.
 *
 * @param number "11.10", "13.AA"
 * @param revision the meeting that last revised it ("COP12" for Resolution 11.10
 * (Rev.COP12)), none for a text never revised
 * @param meeting the meeting that adopted this revision
 * @param annexes in the order of their numbers
 * @param heading a decision's heading in the annex of draft decisions (empty for a
 * resolution)
 */
public record MandateView(UUID id, MandateKind kind, String number, @Nullable String revision, @Nullable String titleEn,
		@Nullable String titleFr, @Nullable String titleEs, @Nullable UUID meeting, MandateStatus status,
		List<ParagraphView> paragraphs, List<AnnexView> annexes, DecisionHeading heading, long version) {

	/** Preambular paragraphs first, then operative ones, each in reading order. */
	public static final Comparator<ParagraphView> READING_ORDER = Comparator.comparing(ParagraphView::kind)
		.thenComparing(ParagraphView::paragraphNumber)
		.thenComparing(ParagraphView::language);

	/** "11.10 (Rev.COP12)": the symbol without its kind, which each language names. */
	public String reference() {
		return this.revision == null ? this.number : this.number + " (Rev." + this.revision + ")";
	}

	/** The address of the text: "11.10", "decision-13.AA". */
	public String slug() {
		return this.kind.slug(this.number);
	}

	/** The address segment of this revision: "rev-cop12", none when never revised. */
	public @Nullable String revisionSlug() {
		return this.revision == null ? null : "rev-" + this.revision.toLowerCase(java.util.Locale.ROOT);
	}

	public @Nullable String title(Language language) {
		return language.pick(this.titleEn, this.titleFr, this.titleEs);
	}

	public boolean isPublic() {
		return this.status == MandateStatus.ADOPTED;
	}

	/** The languages the text has paragraphs in. */
	public List<Language> languages() {
		return this.paragraphs.stream().map(ParagraphView::language).distinct().sorted().toList();
	}

	/** The annex numbered so ("1", case aside), if the text has it. */
	public java.util.Optional<AnnexView> annex(String number) {
		return this.annexes.stream().filter(annex -> annex.number().equalsIgnoreCase(number)).findFirst();
	}

	/** Its paragraphs in one language, in reading order. */
	public List<ParagraphView> in(Language language) {
		return this.paragraphs.stream().filter(paragraph -> paragraph.language() == language).toList();
	}

}
