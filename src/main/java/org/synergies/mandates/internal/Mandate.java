package org.synergies.mandates.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.mandates.AnnexDetails;
import org.synergies.mandates.AnnexView;
import org.synergies.mandates.DecisionHeading;
import org.synergies.mandates.MandateDetails;
import org.synergies.mandates.MandateKind;
import org.synergies.mandates.MandateStatus;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.ParagraphDetails;
import org.synergies.mandates.ParagraphView;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * One revision of a resolution or decision, paragraph by paragraph in each language. It
 * guards its paragraphs: one paragraph per number and language, so that every paragraph
 * keeps one public address; paragraphs entered together are all kept or none; one annex
 * per number, which is its address.
 */
@Table("mandate")
public class Mandate {

	static final int HEADING_LIMIT = 300;

	@Id
	private final UUID id;

	private final MandateKind kind;

	private final String symbolNumber;

	private final @Nullable String revision;

	private @Nullable String titleEn;

	private @Nullable String titleFr;

	private @Nullable String titleEs;

	private final @Nullable UUID meetingId;

	private @Nullable String headingEn;

	private @Nullable String headingFr;

	private @Nullable String headingEs;

	private final MandateStatus status;

	@MappedCollection(idColumn = "mandate_id")
	private Set<MandateParagraph> paragraphs;

	@MappedCollection(idColumn = "mandate_id")
	private Set<MandateAnnex> annexes;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Mandate(UUID id, MandateKind kind, String symbolNumber, @Nullable String revision, @Nullable String titleEn,
			@Nullable String titleFr, @Nullable String titleEs, @Nullable UUID meetingId, @Nullable String headingEn,
			@Nullable String headingFr, @Nullable String headingEs, MandateStatus status,
			Set<MandateParagraph> paragraphs, Set<MandateAnnex> annexes, Instant createdAt, Instant updatedAt,
			@Nullable Long version) {
		this.id = id;
		this.kind = kind;
		this.symbolNumber = symbolNumber;
		this.revision = revision;
		this.titleEn = titleEn;
		this.titleFr = titleFr;
		this.titleEs = titleEs;
		this.meetingId = meetingId;
		this.headingEn = headingEn;
		this.headingFr = headingFr;
		this.headingEs = headingEs;
		this.status = status;
		this.paragraphs = new LinkedHashSet<>(paragraphs);
		this.annexes = new LinkedHashSet<>(annexes);
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** A text from details already checked ({@link MandateChecks}). */
	public static Mandate record(MandateDetails details, Instant now) {
		return new Mandate(UUID.randomUUID(), requireValue(details.kind()), MandateChecks.number(details),
				MandateChecks.revision(details), blankless(details.titleEn()), blankless(details.titleFr()),
				blankless(details.titleEs()), details.meeting(), null, null, null, requireValue(details.status()),
				Set.of(), Set.of(), now, now, null);
	}

	/**
	 * Adds paragraphs, all or none: every problem of every paragraph is reported at once
	 * (fields prefixed {@code paragraphs[i].} when there are several), a number taken in
	 * the same language included.
	 */
	public void enter(List<ParagraphDetails> entered, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		List<MandateParagraph> added = new ArrayList<>();
		for (int i = 0; i < entered.size(); i++) {
			String prefix = entered.size() == 1 ? "" : "paragraphs[" + i + "].";
			MandateParagraph paragraph = ParagraphChecks.check(entered.get(i), prefix, problems);
			if (paragraph == null) {
				continue;
			}
			boolean taken = this.paragraphs.stream().anyMatch(paragraph::sameSlot)
					|| added.stream().anyMatch(paragraph::sameSlot);
			if (taken) {
				problems.add(new FieldProblem(prefix + "number", "mandates.paragraph.duplicate",
						paragraph.paragraphNumber(), paragraph.language().nativeName()));
			}
			added.add(paragraph);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.paragraphs.addAll(added);
		this.updatedAt = now;
	}

	/** Removes one paragraph in one language. */
	public void remove(UUID paragraph, Instant now) {
		if (!this.paragraphs.removeIf(each -> each.paragraphKey().equals(paragraph))) {
			throw new NotFoundException("paragraph", paragraph);
		}
		this.updatedAt = now;
	}

	/**
	 * Adds an annex under a number no other annex has, with a body in one language at
	 * least.
	 */
	public void addAnnex(AnnexDetails details, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		String number = AnnexChecks.number(details.number(), problems);
		if (number != null && this.annexes.stream().anyMatch(each -> each.numbered(number))) {
			problems.add(new FieldProblem("number", "mandates.annexes.duplicate", number));
		}
		this.annexes.add(AnnexChecks.check(number == null ? "" : number, details, problems));
		this.updatedAt = now;
	}

	/**
	 * Replaces the titles and bodies of an annex; its number, its address, stays. An
	 * adopted text's annex may be corrected (a transcription of the adopted text), not
	 * removed: only an amendment changes what was adopted.
	 */
	public void correctAnnex(String number, AnnexDetails details, Instant now) {
		MandateAnnex found = annex(number);
		MandateAnnex corrected = AnnexChecks.check(found.annexNumber(), details);
		this.annexes.remove(found);
		this.annexes.add(corrected);
		this.updatedAt = now;
	}

	/**
	 * The annexes a DOCX gives in one language, all or none: a new number adds an annex,
	 * a number the text has takes this language's title and body, unless it has them
	 * already.
	 */
	public void importAnnexes(Language language, List<AnnexDetails> imported, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		Set<MandateAnnex> annexes = new LinkedHashSet<>(this.annexes);
		for (AnnexDetails details : imported) {
			String number = AnnexChecks.number(details.number(), problems);
			if (number == null) {
				continue;
			}
			MandateAnnex found = annexes.stream().filter(each -> each.numbered(number)).findFirst().orElse(null);
			if (found != null && found.view().isIn(language)) {
				problems
					.add(new FieldProblem("number", "mandates.annexes.import.taken", number, language.nativeName()));
				continue;
			}
			AnnexView base = found == null ? new AnnexView(number, null, null, null, null, null, null) : found.view();
			AnnexDetails merged = new AnnexDetails(number,
					pick(language, Language.EN, details.titleEn(), base.titleEn()),
					pick(language, Language.FR, details.titleFr(), base.titleFr()),
					pick(language, Language.ES, details.titleEs(), base.titleEs()),
					pick(language, Language.EN, details.bodyEn(), base.bodyEn()),
					pick(language, Language.FR, details.bodyFr(), base.bodyFr()),
					pick(language, Language.ES, details.bodyEs(), base.bodyEs()));
			try {
				MandateAnnex annex = AnnexChecks.check(number, merged);
				if (found != null) {
					annexes.remove(found);
				}
				annexes.add(annex);
			}
			catch (InvalidInputException refused) {
				refused.problems()
					.forEach(problem -> problems
						.add(new FieldProblem("number", "mandates.annexes.import.empty", number)));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.annexes = annexes;
		this.updatedAt = now;
	}

	private static @Nullable String pick(Language language, Language column, @Nullable String imported,
			@Nullable String kept) {
		return language == column ? imported : kept;
	}

	/** The title in a language, where the text has none in it. */
	public void entitle(Language language, String title, Instant now) {
		String written = blankless(title);
		if (written == null || written.length() > AnnexChecks.TITLE_LIMIT
				|| language.pick(this.titleEn, this.titleFr, this.titleEs) != null) {
			return;
		}
		switch (language) {
			case EN -> this.titleEn = written;
			case FR -> this.titleFr = written;
			case ES -> this.titleEs = written;
		}
		this.updatedAt = now;
	}

	/**
	 * The heading the decision sits under, per language (a language left empty has none);
	 * a resolution has none.
	 */
	public void head(DecisionHeading heading, Instant now) {
		if (this.kind != MandateKind.DECISION) {
			throw new RuleViolationException("mandates.headings.rule.decision");
		}
		List<FieldProblem> problems = new ArrayList<>();
		String[] written = { blankless(heading.en()), blankless(heading.fr()), blankless(heading.es()) };
		String[] fields = { "headingEn", "headingFr", "headingEs" };
		for (int i = 0; i < written.length; i++) {
			if (written[i] != null && written[i].length() > HEADING_LIMIT) {
				problems.add(new FieldProblem(fields[i], "mandates.headings.tooLong", HEADING_LIMIT));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.headingEn = written[0];
		this.headingFr = written[1];
		this.headingEs = written[2];
		this.updatedAt = now;
	}

	/** Removes an annex of a draft. */
	public void removeAnnex(String number, Instant now) {
		if (this.status == MandateStatus.ADOPTED) {
			throw new RuleViolationException("mandates.annexes.rule.adopted");
		}
		this.annexes.remove(annex(number));
		this.updatedAt = now;
	}

	/**
	 * The annexes of the revision this one follows, unchanged: an amendment changes the
	 * paragraphs and leaves the annexes as adopted.
	 */
	public void carry(List<AnnexView> annexes, Instant now) {
		annexes.stream().map(MandateAnnex::of).forEach(this.annexes::add);
		this.updatedAt = now;
	}

	private MandateAnnex annex(String number) {
		return this.annexes.stream()
			.filter(each -> each.numbered(number))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("annex", number));
	}

	public MandateView view() {
		List<ParagraphView> views = this.paragraphs.stream()
			.map(MandateParagraph::view)
			.sorted(MandateView.READING_ORDER)
			.toList();
		List<AnnexView> annexes = this.annexes.stream()
			.map(MandateAnnex::view)
			.sorted(Comparator.comparing(AnnexView::number, Mandate::compareAnnexNumbers))
			.toList();
		return new MandateView(this.id, this.kind, this.symbolNumber, this.revision, this.titleEn, this.titleFr,
				this.titleEs, this.meetingId, this.status, views, annexes,
				new DecisionHeading(this.headingEn, this.headingFr, this.headingEs),
				this.version == null ? 0 : this.version);
	}

	public UUID id() {
		return this.id;
	}

	public long version() {
		return this.version == null ? 0 : this.version;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	private static <T> T requireValue(@Nullable T value) {
		if (value == null) {
			throw new IllegalArgumentException("checked before");
		}
		return value;
	}

	/** Annex 2 before Annex 10; letters in the order of the alphabet. */
	private static int compareAnnexNumbers(String left, String right) {
		boolean digits = left.matches("\\d+") && right.matches("\\d+");
		return digits ? Integer.compare(Integer.parseInt(left), Integer.parseInt(right))
				: Comparator.comparing(String::length)
					.thenComparing(String.CASE_INSENSITIVE_ORDER)
					.compare(left, right);
	}

	static @Nullable String blankless(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
