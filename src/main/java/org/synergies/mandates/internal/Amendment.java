package org.synergies.mandates.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.mandates.AmendedParagraph;
import org.synergies.mandates.AmendmentOperation;
import org.synergies.mandates.AmendmentView;
import org.synergies.mandates.ConcordanceLine;
import org.synergies.mandates.MandateKind;
import org.synergies.mandates.ParagraphDetails;
import org.synergies.mandates.ParagraphKind;
import org.synergies.mandates.ParagraphNumber;
import org.synergies.mandates.ParagraphView;
import org.synergies.mandates.ProposedRepeal;
import org.synergies.mandates.SubParagraph;
import org.synergies.shared.AdoptableVersion;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.RuleViolationException;
import org.synergies.shared.VersionStatus;

/**
 * A draft amendment to one revision of a resolution, prepared by the Secretariat for a
 * meeting, paragraph by paragraph and language by language: only what it changes is kept;
 * the rest is the revision amended. Adopted like any {@link AdoptableVersion} (by a
 * decision of the Conference of the Parties); once adopted it consolidates into a new
 * revision, its paragraphs renumbered (6.bis becomes 7), and keeps the concordance of old
 * and new numbers.
 */
@Table("mandate_amendment")
public class Amendment extends AdoptableVersion {

	public static final String RULES = "amendment";

	private static final Comparator<AmendedParagraph> ORDER = Comparator.comparing(AmendedParagraph::kind)
		.thenComparing(paragraph -> ParagraphNumber.parse(paragraph.number()).orElseThrow());

	@Id
	private final UUID id;

	private final UUID mandateId;

	private final UUID meetingId;

	private final @Nullable String symbol;

	@MappedCollection(idColumn = "mandate_amendment")
	private Set<AmendmentChange> changes;

	@MappedCollection(idColumn = "mandate_amendment")
	private Set<ConcordanceEntry> concordance;

	/**
	 * Set by Spring Data after the constructor: what the paragraphs propose to repeal.
	 */
	@MappedCollection(idColumn = "mandate_amendment")
	private Set<AmendmentRepeal> repeals = new LinkedHashSet<>();

	private @Nullable UUID revisionId;

	private final Instant createdAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Amendment(UUID id, UUID mandateId, UUID meetingId, @Nullable String symbol, VersionStatus status,
			Set<AmendmentChange> changes, Set<ConcordanceEntry> concordance, @Nullable UUID revisionId,
			@Nullable UUID adoptedBy, @Nullable LocalDate adoptedOn, @Nullable Instant submittedAt, Instant createdAt,
			Instant updatedAt, @Nullable Long version) {
		super(status, adoptedBy, adoptedOn, submittedAt, updatedAt);
		this.id = id;
		this.mandateId = mandateId;
		this.meetingId = meetingId;
		this.symbol = symbol;
		this.changes = new LinkedHashSet<>(changes);
		this.concordance = new LinkedHashSet<>(concordance);
		this.revisionId = revisionId;
		this.createdAt = createdAt;
		this.version = version;
	}

	public static Amendment draft(UUID mandate, UUID meeting, @Nullable String symbol, Instant now) {
		return new Amendment(UUID.randomUUID(), mandate, meeting, Mandate.blankless(symbol), VersionStatus.DRAFT,
				Set.of(), Set.of(), null, null, null, null, now, now, null);
	}

	/**
	 * Applies one change to the draft, checked against the revision amended
	 * ({@code base}, every language): a problem of the input is reported by field, a
	 * change the text's state refuses (a paragraph deleted twice, a number taken) as a
	 * broken rule; nothing changes then.
	 */
	public void apply(AmendmentOperation operation, List<ParagraphView> base, Instant now) {
		changing(now);
		Checked checked = Checked.of(operation);
		List<AmendedParagraph> current = current(base, checked.language());
		Optional<AmendedParagraph> target = current.stream()
			.filter(paragraph -> paragraph.kind() == checked.kind() && paragraph.number().equals(checked.number()))
			.findFirst();
		switch (checked.action()) {
			case INSERT -> {
				if (target.isPresent()) {
					throw new RuleViolationException("amendment.rule.number-taken", checked.number(),
							checked.language().nativeName());
				}
				put(checked.paragraph(null, checked.number(), null));
			}
			case EDIT -> {
				AmendedParagraph found = existing(target, checked);
				AmendedParagraph edited = checked.paragraph(found.origin(), found.number(), found.footnotes());
				ParagraphView original = found.origin() == null ? null : original(base, checked, found.origin());
				remove(found);
				if (original == null || found.isMoved() || !sameText(original, edited)) {
					put(edited);
				}
			}
			case DELETE -> {
				AmendedParagraph found = existing(target, checked);
				remove(found);
				if (found.origin() != null) {
					ParagraphView original = original(base, checked, found.origin());
					put(new AmendedParagraph(checked.language(), checked.kind(), found.origin(), found.number(), true,
							original.openingWords(), original.text(), format(original), footnotes(original)));
				}
			}
			case MOVE -> {
				AmendedParagraph found = existing(target, checked);
				String to = checked.newNumber();
				if (current.stream()
					.anyMatch(paragraph -> paragraph.kind() == checked.kind() && paragraph.number().equals(to))) {
					throw new RuleViolationException("amendment.rule.number-taken", to,
							checked.language().nativeName());
				}
				remove(found);
				put(new AmendedParagraph(found.language(), found.kind(), found.origin(), to, false,
						found.openingWords(), found.text(), found.subParagraphs(), found.footnotes()));
			}
			case REVERT -> {
				AmendedParagraph found = target
					.orElseThrow(() -> new RuleViolationException("amendment.rule.unknown-paragraph", checked.number(),
							checked.language().nativeName()));
				if (!remove(found)) {
					throw new RuleViolationException("amendment.rule.nothing-to-withdraw", checked.number());
				}
			}
		}
	}

	/**
	 * The paragraphs of the amended text in one language, in order: the revision's,
	 * replaced by what the amendment does to them, and those it inserts; those it deletes
	 * are kept, marked deleted, where they stood.
	 */
	public List<AmendedParagraph> current(List<ParagraphView> base, Language language) {
		Map<String, AmendedParagraph> byOrigin = new HashMap<>();
		List<AmendedParagraph> paragraphs = new ArrayList<>();
		for (AmendmentChange change : this.changes) {
			if (change.language() != language) {
				continue;
			}
			if (change.originNumber() == null) {
				paragraphs.add(change.view());
			}
			else {
				byOrigin.put(Tracking.key(change.kind(), change.originNumber()), change.view());
			}
		}
		for (ParagraphView paragraph : base) {
			if (paragraph.language() != language) {
				continue;
			}
			AmendedParagraph changed = byOrigin.get(Tracking.key(paragraph.kind(), paragraph.number()));
			paragraphs.add(changed != null ? changed
					: new AmendedParagraph(language, paragraph.kind(), paragraph.number(), paragraph.number(), false,
							paragraph.openingWords(), paragraph.text(), format(paragraph), footnotes(paragraph)));
		}
		paragraphs.sort(ORDER);
		return paragraphs;
	}

	/** The amended text in one language as paragraphs (those deleted left out). */
	public List<ParagraphView> amended(List<ParagraphView> base, Language language) {
		return current(base, language).stream()
			.filter(paragraph -> !paragraph.deleted())
			.map(paragraph -> new ParagraphView(
					UUID.nameUUIDFromBytes((language + paragraph.kind().name() + paragraph.number())
						.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
					language, paragraph.kind(), paragraph.number(), paragraph.openingWords(), paragraph.text(),
					SubParagraph.parse(paragraph.subParagraphs()), notes(paragraph.footnotes())))
			.toList();
	}

	/**
	 * The paragraphs of the amended text in every language, each once, in order, with the
	 * number it had (none when inserted) and has (none when deleted in every language it
	 * is in): the numbers as the amendment gives them (6.bis).
	 */
	public List<ConcordanceLine> lines(List<ParagraphView> base) {
		Map<String, AmendedParagraph> union = new LinkedHashMap<>();
		Map<String, Boolean> kept = new HashMap<>();
		for (Language language : Language.values()) {
			for (AmendedParagraph paragraph : current(base, language)) {
				String key = Tracking.key(paragraph.kind(), paragraph.number());
				union.putIfAbsent(key, paragraph);
				kept.merge(key, !paragraph.deleted(), Boolean::logicalOr);
			}
		}
		return union.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue(ORDER))
			.map(entry -> new ConcordanceLine(entry.getValue().kind(), entry.getValue().origin(),
					kept.get(entry.getKey()) ? entry.getValue().number() : null))
			.toList();
	}

	/**
	 * The amended text as adopted: in each language the paragraphs kept, numbered again
	 * in order (preambular and operative paragraphs each from 1), and the concordance of
	 * the revision's numbers with the new ones.
	 */
	public Consolidated consolidate(List<ParagraphView> base) {
		Map<String, String> renumbered = new HashMap<>();
		Map<ParagraphKind, Integer> counters = new HashMap<>();
		List<ConcordanceLine> concordance = new ArrayList<>();
		for (ConcordanceLine line : lines(base)) {
			String after = null;
			if (line.after() != null) {
				after = String.valueOf(counters.merge(line.kind(), 1, Integer::sum));
				renumbered.put(Tracking.key(line.kind(), line.after()), after);
			}
			concordance.add(new ConcordanceLine(line.kind(), line.before(), after));
		}
		List<ParagraphDetails> paragraphs = new ArrayList<>();
		for (Language language : Language.values()) {
			for (AmendedParagraph paragraph : current(base, language)) {
				if (!paragraph.deleted()) {
					paragraphs.add(new ParagraphDetails(language, paragraph.kind(),
							renumbered.get(Tracking.key(paragraph.kind(), paragraph.number())),
							paragraph.openingWords(), paragraph.text(), paragraph.subParagraphs(),
							paragraph.footnotes()));
				}
			}
		}
		return new Consolidated(paragraphs, concordance);
	}

	/** The revision the adopted amendment produced, and its concordance. */
	public void consolidated(UUID revision, List<ConcordanceLine> lines, Instant now) {
		if (status() != VersionStatus.ADOPTED || this.revisionId != null) {
			throw new RuleViolationException("amendment.rule.adopt-only-submitted");
		}
		this.revisionId = revision;
		this.concordance = new LinkedHashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			ConcordanceLine line = lines.get(i);
			this.concordance.add(new ConcordanceEntry(i, line.kind(), line.before(), line.after()));
		}
	}

	/**
	 * Records that an operative paragraph of the amended text repeals the texts named
	 * (resolved by {@code Repeals}): a paragraph the amended text does not have (in any
	 * language) is refused, and so is a text another paragraph already repeals; naming a
	 * text again for the same paragraph changes nothing.
	 */
	public void proposeRepeals(List<ProposedRepeal> proposed, List<ParagraphView> base, Instant now) {
		changing(now);
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> paragraphs = operativeNumbers(base);
		for (ProposedRepeal repeal : proposed) {
			if (!paragraphs.contains(repeal.paragraph())) {
				problems.add(new FieldProblem("paragraph", "mandates.amendmentRepeals.paragraph.unknown",
						repeal.paragraph()));
				break;
			}
		}
		for (ProposedRepeal repeal : proposed) {
			proposedRepeal(repeal.repealedKind(), repeal.repealedNumber())
				.filter(earlier -> !earlier.paragraph().equals(repeal.paragraph()))
				.ifPresent(earlier -> problems
					.add(new FieldProblem("symbols", "mandates.amendmentRepeals.symbol.otherParagraph",
							repeal.repealedNumber(), earlier.paragraph())));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		for (ProposedRepeal repeal : proposed) {
			if (proposedRepeal(repeal.repealedKind(), repeal.repealedNumber()).isEmpty()) {
				this.repeals
					.add(new AmendmentRepeal(repeal.repealedKind(), repeal.repealedNumber(), repeal.paragraph()));
			}
		}
	}

	/** Withdraws the proposed repeal of one text; refused when none is proposed. */
	public ProposedRepeal withdrawRepeal(MandateKind kind, String number, Instant now) {
		changing(now);
		ProposedRepeal found = proposedRepeal(kind, number)
			.orElseThrow(() -> new RuleViolationException("mandates.amendmentRepeals.notProposed", number));
		this.repeals.removeIf(repeal -> repeal.repealedKind() == kind && repeal.repealedNumber().equals(number));
		return found;
	}

	/** The texts the amendment proposes to repeal, by paragraph. */
	public List<ProposedRepeal> repealsProposed() {
		return this.repeals.stream()
			.map(AmendmentRepeal::view)
			.sorted(Comparator
				.comparing((ProposedRepeal repeal) -> ParagraphNumber.parse(repeal.paragraph()).orElseThrow())
				.thenComparing(ProposedRepeal::repealedKind)
				.thenComparing(ProposedRepeal::repealedNumber))
			.toList();
	}

	/**
	 * The proposed repeals whose paragraph the amended text no longer has (deleted or
	 * moved after the repeal was recorded).
	 */
	public List<ProposedRepeal> repealsAdrift(List<ParagraphView> base) {
		Set<String> paragraphs = operativeNumbers(base);
		return repealsProposed().stream().filter(repeal -> !paragraphs.contains(repeal.paragraph())).toList();
	}

	private Optional<ProposedRepeal> proposedRepeal(MandateKind kind, String number) {
		return this.repeals.stream()
			.filter(repeal -> repeal.repealedKind() == kind && repeal.repealedNumber().equals(number))
			.map(AmendmentRepeal::view)
			.findFirst();
	}

	private Set<String> operativeNumbers(List<ParagraphView> base) {
		Set<String> numbers = new java.util.HashSet<>();
		for (ConcordanceLine line : lines(base)) {
			if (line.kind() == ParagraphKind.OPERATIVE && line.after() != null) {
				numbers.add(line.after());
			}
		}
		return numbers;
	}

	@Override
	protected void checkComplete() {
		if (this.changes.isEmpty()) {
			throw new RuleViolationException("amendment.rule.empty");
		}
	}

	/** The amended text and its concordance, ready to record as a revision. */
	public record Consolidated(List<ParagraphDetails> paragraphs, List<ConcordanceLine> concordance) {
	}

	public AmendmentView view() {
		List<AmendedParagraph> views = this.changes.stream()
			.map(AmendmentChange::view)
			.sorted(Comparator.comparing(AmendedParagraph::language).thenComparing(ORDER))
			.toList();
		List<ConcordanceLine> lines = this.concordance.stream()
			.sorted(Comparator.comparingInt(ConcordanceEntry::position))
			.map(ConcordanceEntry::view)
			.toList();
		return new AmendmentView(this.id, this.mandateId, this.meetingId, this.symbol, status(), adoptedBy(),
				adoptedOn(), this.revisionId, views, lines, version());
	}

	public UUID mandateId() {
		return this.mandateId;
	}

	public UUID meetingId() {
		return this.meetingId;
	}

	@Override
	public UUID id() {
		return this.id;
	}

	@Override
	public long version() {
		return this.version == null ? 0 : this.version;
	}

	/** Amendments are not numbered; the rules name none. */
	@Override
	public int number() {
		return 1;
	}

	@Override
	protected String rules() {
		return RULES;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	private AmendedParagraph existing(Optional<AmendedParagraph> target, Checked checked) {
		AmendedParagraph found = target.orElseThrow(() -> new RuleViolationException("amendment.rule.unknown-paragraph",
				checked.number(), checked.language().nativeName()));
		if (found.deleted()) {
			throw new RuleViolationException("amendment.rule.already-deleted", checked.number(),
					checked.language().nativeName());
		}
		return found;
	}

	private static ParagraphView original(List<ParagraphView> base, Checked checked, String number) {
		return base.stream()
			.filter(paragraph -> paragraph.language() == checked.language() && paragraph.kind() == checked.kind()
					&& paragraph.number().equals(number))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the revision lost paragraph " + number));
	}

	private static boolean sameText(ParagraphView original, AmendedParagraph edited) {
		return java.util.Objects.equals(original.openingWords(), edited.openingWords())
				&& original.text().equals(edited.text())
				&& java.util.Objects.equals(format(original), edited.subParagraphs());
	}

	private void put(AmendedParagraph paragraph) {
		this.changes.add(AmendmentChange.of(paragraph));
	}

	private boolean remove(AmendedParagraph paragraph) {
		return this.changes.removeIf(change -> change.language() == paragraph.language()
				&& change.kind() == paragraph.kind() && change.paragraphNumber().equals(paragraph.number()));
	}

	private static @Nullable String format(ParagraphView paragraph) {
		return paragraph.subParagraphs().isEmpty() ? null : SubParagraph.format(paragraph.subParagraphs());
	}

	private static @Nullable String footnotes(ParagraphView paragraph) {
		return paragraph.footnotes().isEmpty() ? null : String.join("\n", paragraph.footnotes());
	}

	private static List<String> notes(@Nullable String footnotes) {
		return footnotes == null ? List.of() : footnotes.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** An operation with every field it needs, or the problems of those it lacks. */
	private record Checked(AmendmentOperation.Action action, Language language, ParagraphKind kind, String number,
			String newNumber, AmendmentOperation operation) {

		static Checked of(AmendmentOperation operation) {
			List<FieldProblem> problems = new ArrayList<>();
			if (operation.action() == null) {
				problems.add(new FieldProblem("action", "amendment.action.required"));
			}
			if (operation.language() == null) {
				problems.add(new FieldProblem("language", "mandates.paragraph.language.required"));
			}
			if (operation.kind() == null) {
				problems.add(new FieldProblem("kind", "mandates.paragraph.kind.required"));
			}
			String number = number(operation.number(), "number", problems);
			String newNumber = operation.action() == AmendmentOperation.Action.MOVE
					? number(operation.newNumber(), "newNumber", problems) : "";
			boolean writes = operation.action() == AmendmentOperation.Action.INSERT
					|| operation.action() == AmendmentOperation.Action.EDIT;
			if (writes) {
				String text = Mandate.blankless(operation.text());
				if (text == null) {
					problems.add(new FieldProblem("text", "mandates.paragraph.text.required"));
				}
				else if (text.length() > ParagraphChecks.TEXT_LIMIT) {
					problems
						.add(new FieldProblem("text", "mandates.paragraph.text.tooLong", ParagraphChecks.TEXT_LIMIT));
				}
				String opening = Mandate.blankless(operation.openingWords());
				if (opening != null && opening.length() > ParagraphChecks.OPENING_WORDS_LIMIT) {
					problems.add(new FieldProblem("openingWords", "mandates.paragraph.openingWords.tooLong",
							ParagraphChecks.OPENING_WORDS_LIMIT));
				}
			}
			if (!problems.isEmpty() || operation.action() == null || operation.language() == null
					|| operation.kind() == null) {
				throw new InvalidInputException(problems);
			}
			return new Checked(operation.action(), operation.language(), operation.kind(), number, newNumber,
					operation);
		}

		/** The paragraph as written; footnotes not given stay as they were. */
		AmendedParagraph paragraph(@Nullable String origin, String number, @Nullable String footnotes) {
			String notes = Mandate.blankless(this.operation.footnotes());
			return new AmendedParagraph(this.language, this.kind, origin, number, false,
					Mandate.blankless(this.operation.openingWords()),
					java.util.Objects.requireNonNull(Mandate.blankless(this.operation.text())),
					Mandate.blankless(this.operation.subParagraphs()), notes != null ? notes : footnotes);
		}

		private static String number(@Nullable String written, String field, List<FieldProblem> problems) {
			if (written == null || written.isBlank()) {
				problems.add(new FieldProblem(field, "mandates.paragraph.number.required"));
				return "";
			}
			return ParagraphNumber.parse(written).map(ParagraphNumber::toString).orElseGet(() -> {
				problems.add(new FieldProblem(field, "mandates.paragraph.number.invalid", written.strip()));
				return "";
			});
		}

	}

}
