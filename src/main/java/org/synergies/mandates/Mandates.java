package org.synergies.mandates;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.audit.AuditTrail;
import org.synergies.mandates.internal.Mandate;
import org.synergies.mandates.internal.MandateChecks;
import org.synergies.mandates.internal.MandateRecords;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;

/**
 * The resolutions and decisions: recorded and entered paragraph by paragraph by the
 * Secretariat, read by everyone once adopted. Every change is audited; a change made on a
 * version that changed since is refused.
 */
@Service
public class Mandates {

	public static final String AUDITED_AS = "mandate";

	/**
	 * Resolutions before decisions, then by meeting and number ("11.9" before "11.10").
	 */
	static final Comparator<MandateView> BY_SYMBOL = Comparator.comparing(MandateView::kind)
		.thenComparing(MandateView::number, Mandates::compareNumbers)
		.thenComparing(mandate -> mandate.revision() == null ? "" : mandate.revision(),
				Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));

	private final MandateRecords records;

	private final MandateChecks checks;

	private final MandateAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	Mandates(MandateRecords records, MandateChecks checks, MandateAccess access, AuditTrail audit, Clock clock) {
		this.records = records;
		this.checks = checks;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** The texts the reader may see, resolutions first, in the order of their numbers. */
	@Transactional(readOnly = true)
	public List<MandateView> list() {
		return this.records.findAll()
			.stream()
			.map(Mandate::view)
			.filter(this.access::canSee)
			.sorted(BY_SYMBOL)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<MandateView> find(UUID id) {
		return this.records.findById(id).map(Mandate::view).filter(this.access::canSee);
	}

	@Transactional(readOnly = true)
	public MandateView require(UUID id) {
		return find(id).orElseThrow(() -> new NotFoundException(AUDITED_AS, id));
	}

	/**
	 * The text at an address ("11.10", "decision-13.AA"): the given revision
	 * ("rev-cop12"), or, without one, the latest the reader may see.
	 */
	@Transactional(readOnly = true)
	public MandateView at(String slug, @org.jspecify.annotations.Nullable String revisionSlug) {
		boolean decision = slug.toLowerCase(Locale.ROOT).startsWith("decision-");
		MandateKind kind = decision ? MandateKind.DECISION : MandateKind.RESOLUTION;
		String number = (decision ? slug.substring("decision-".length()) : slug).toUpperCase(Locale.ROOT);
		return this.records.findAllByKindAndSymbolNumber(kind, number)
			.stream()
			.map(Mandate::view)
			.filter(this.access::canSee)
			.filter(mandate -> revisionSlug == null || revisionSlug.equalsIgnoreCase(mandate.revisionSlug()))
			.max(BY_SYMBOL)
			.orElseThrow(() -> new NotFoundException(AUDITED_AS, slug));
	}

	/** The problems these details would have, without saving anything. */
	@Transactional(readOnly = true)
	public List<FieldProblem> check(MandateDetails details) {
		return this.checks.check(details);
	}

	@Transactional
	public MandateView record(MandateDetails details) {
		List<FieldProblem> problems = this.checks.check(details);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return saved(Mandate.record(details, now()), "created", null);
	}

	/**
	 * Adds paragraphs, all or none; refused if the text changed since {@code version}.
	 */
	@Transactional
	public MandateView enter(UUID id, long version, List<ParagraphDetails> paragraphs) {
		Mandate mandate = load(id, version);
		MandateView before = mandate.view();
		mandate.enter(paragraphs, now());
		return saved(mandate, "paragraphs-entered", before);
	}

	/** Removes one paragraph in one language; refused if the text changed since. */
	@Transactional
	public MandateView remove(UUID id, long version, UUID paragraph) {
		Mandate mandate = load(id, version);
		MandateView before = mandate.view();
		mandate.remove(paragraph, now());
		return saved(mandate, "paragraph-removed", before);
	}

	/**
	 * Adds an annex: a number no other annex of the text has, a body in one language at
	 * least; refused if the text changed since {@code version}.
	 */
	@Transactional
	public MandateView addAnnex(UUID id, long version, AnnexDetails annex) {
		Mandate mandate = load(id, version);
		MandateView before = mandate.view();
		mandate.addAnnex(annex, now());
		return saved(mandate, "annex-added", before);
	}

	/**
	 * Replaces an annex's titles and bodies (its number stays); an adopted text's annex
	 * too, as a correction of its transcription, audited.
	 */
	@Transactional
	public MandateView correctAnnex(UUID id, long version, String number, AnnexDetails annex) {
		Mandate mandate = load(id, version);
		MandateView before = mandate.view();
		mandate.correctAnnex(number, annex, now());
		return saved(mandate, "annex-corrected", before);
	}

	/**
	 * Sets the heading a decision sits under in the annex of draft decisions, per
	 * language; refused for a resolution and if the text changed since.
	 */
	@Transactional
	public MandateView head(UUID id, long version, DecisionHeading heading) {
		Mandate mandate = load(id, version);
		MandateView before = mandate.view();
		mandate.head(heading, now());
		return saved(mandate, "heading-set", before);
	}

	/** Removes an annex of a draft; an adopted text keeps its annexes. */
	@Transactional
	public MandateView removeAnnex(UUID id, long version, String number) {
		Mandate mandate = load(id, version);
		MandateView before = mandate.view();
		mandate.removeAnnex(number, now());
		return saved(mandate, "annex-removed", before);
	}

	/**
	 * What a DOCX gives besides the paragraphs, in its language: the title where the text
	 * has none, and the annexes (all or none).
	 */
	MandateView imported(UUID id, long version, Language language, @org.jspecify.annotations.Nullable String title,
			List<AnnexDetails> annexes) {
		if (title == null && annexes.isEmpty()) {
			return require(id);
		}
		Mandate mandate = load(id, version);
		MandateView before = mandate.view();
		if (title != null) {
			mandate.entitle(language, title, now());
		}
		mandate.importAnnexes(language, annexes, now());
		return saved(mandate, "imported", before);
	}

	/** The new revision gets the annexes of the one it follows, unchanged. */
	MandateView carryAnnexes(MandateView from, MandateView to) {
		if (from.annexes().isEmpty()) {
			return to;
		}
		Mandate mandate = load(to.id(), to.version());
		MandateView before = mandate.view();
		mandate.carry(from.annexes(), now());
		return saved(mandate, "annexes-carried", before);
	}

	private Mandate load(UUID id, long version) {
		Mandate mandate = this.records.findById(id).orElseThrow(() -> new NotFoundException(AUDITED_AS, id));
		if (mandate.version() != version) {
			throw new OptimisticLockingFailureException("mandate " + id + " is at " + mandate.version());
		}
		return mandate;
	}

	private MandateView saved(Mandate mandate, String action, @org.jspecify.annotations.Nullable MandateView before) {
		MandateView after = this.records.save(mandate).view();
		this.audit.record(AUDITED_AS, after.id(), action, before, after);
		return after;
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * "11.9" before "11.10", "13.AA" before "13.BB": each part by number, else by text.
	 */
	static int compareNumbers(String left, String right) {
		String[] a = left.split("\\.");
		String[] b = right.split("\\.");
		for (int i = 0; i < Math.min(a.length, b.length); i++) {
			boolean digits = a[i].matches("\\d+") && b[i].matches("\\d+");
			int compared = digits ? Integer.compare(Integer.parseInt(a[i]), Integer.parseInt(b[i]))
					: Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()).compare(a[i], b[i]);
			if (compared != 0) {
				return compared;
			}
		}
		return Integer.compare(a.length, b.length);
	}

}
