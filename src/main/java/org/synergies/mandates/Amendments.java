package org.synergies.mandates;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.audit.AuditTrail;
import org.synergies.mandates.internal.Amendment;
import org.synergies.mandates.internal.AmendmentRecords;
import org.synergies.mandates.internal.MandateRecords;
import org.synergies.mandates.internal.Tracking;
import org.synergies.meetings.AdoptableTexts;
import org.synergies.meetings.Adoptions;
import org.synergies.meetings.DecisionView;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * Amendments to resolutions: the Secretariat drafts one for a meeting of the Conference
 * of the Parties against the revision in force, paragraph by paragraph and language by
 * language, and submits it; the decision of the Conference that adopts it (through the
 * shared adoption flow, {@link Adoptions}) produces, in the same transaction, the new
 * revision ("Resolution 11.10 (Rev.COP13)") with its paragraphs renumbered and the
 * concordance of old and new numbers. Drafts are the Secretariat's; adopted amendments
 * and every revision are public. Any two revisions compare as tracked changes. The
 * repeals an amendment proposes ({@link AmendmentRepeals}) are carried onto the new
 * revision with it.
 */
@Service
public class Amendments {

	public static final String AUDITED_AS = "mandate-amendment";

	private final AmendmentRecords records;

	private final MandateRecords mandateRecords;

	private final Mandates mandates;

	private final Adoptions adoptions;

	private final AdoptableTexts<Amendment, AmendmentView> texts;

	private final GoverningBodies bodies;

	private final MandateAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	private final AmendmentRepeals repeals;

	private final ApplicationEventPublisher events;

	Amendments(AmendmentRecords records, MandateRecords mandateRecords, Mandates mandates, Adoptions adoptions,
			AdoptableTexts<Amendment, AmendmentView> texts, GoverningBodies bodies, MandateAccess access,
			AuditTrail audit, Clock clock, AmendmentRepeals repeals, ApplicationEventPublisher events) {
		this.repeals = repeals;
		this.events = events;
		this.records = records;
		this.mandateRecords = mandateRecords;
		this.mandates = mandates;
		this.adoptions = adoptions;
		this.texts = texts;
		this.bodies = bodies;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** The amendments to a revision the reader may see, newest first. */
	@Transactional(readOnly = true)
	public List<AmendmentView> of(UUID mandate) {
		return this.records.findByMandateIdOrderByCreatedAtDesc(mandate)
			.stream()
			.map(Amendment::view)
			.filter(this::visible)
			.toList();
	}

	/** The amendment, when the reader may see it (the public: once adopted). */
	@Transactional(readOnly = true)
	public AmendmentView require(UUID id) {
		return this.records.findById(id)
			.map(Amendment::view)
			.filter(this::visible)
			.orElseThrow(() -> new NotFoundException(AUDITED_AS, id));
	}

	/** The adopted amendment that produced a revision, if one did. */
	@Transactional(readOnly = true)
	public Optional<AmendmentView> producing(UUID revision) {
		return this.records.findByRevisionId(revision).map(Amendment::view).filter(this::visible);
	}

	/**
	 * A new draft amendment to a revision, for a meeting of the Conference of the
	 * Parties; refused for a revision already superseded, and while another amendment to
	 * it is being prepared.
	 */
	@Transactional
	public AmendmentView draft(UUID mandateId, @Nullable UUID meeting, @Nullable String symbol) {
		MandateView mandate = this.mandates.require(mandateId);
		requireLatest(mandate);
		if (meeting == null) {
			throw new InvalidInputException(List.of(new FieldProblem("meeting", "amendment.meeting.required")));
		}
		MeetingView found = this.bodies.meeting(meeting)
			.filter(candidate -> candidate.body().equals(GoverningBody.CONFERENCE_OF_THE_PARTIES))
			.orElseThrow(() -> new InvalidInputException(
					List.of(new FieldProblem("meeting", "amendment.meeting.not-conference"))));
		if (symbol != null && symbol.strip().length() > 100) {
			throw new InvalidInputException(List.of(new FieldProblem("symbol", "validation.too-long-n", 100)));
		}
		boolean pending = this.records.findByMandateIdOrderByCreatedAtDesc(mandateId)
			.stream()
			.anyMatch(amendment -> amendment.status().isWorkedOn());
		if (pending) {
			throw new RuleViolationException("amendment.rule.pending-exists");
		}
		return this.adoptions.create(this.texts, Amendment.draft(mandateId, found.id(), symbol, now()));
	}

	/**
	 * Applies one change to a draft; refused when the draft changed since {@code seen}
	 * (another officer's change is never overwritten).
	 */
	@Transactional
	public AmendmentView apply(UUID id, long seen, AmendmentOperation operation) {
		Amendment amendment = this.texts.require(id);
		List<ParagraphView> base = this.mandates.require(amendment.mandateId()).paragraphs();
		Instant now = now();
		return this.adoptions.write(this.texts, id, seen, draft -> draft.apply(operation, base, now));
	}

	/** Puts the draft before the Conference of the Parties. */
	@Transactional
	public AmendmentView submit(UUID id) {
		Amendment amendment = this.texts.require(id);
		MandateView base = this.mandates.require(amendment.mandateId());
		this.repeals.requireAnchored(amendment, base.paragraphs());
		AmendmentView submitted = this.adoptions.submit(this.texts, id);
		this.events.publishEvent(new AmendmentSubmitted(id, base.id(), base.kind(), base.reference(),
				submitted.meeting(), submitted.version()));
		return submitted;
	}

	/** Sends a submitted amendment back to the Secretariat for more work. */
	@Transactional
	public AmendmentView returnToDraft(UUID id) {
		return this.adoptions.returnToDraft(this.texts, id);
	}

	/**
	 * Adopts the submitted amendment by a decision of the Conference of the Parties (at
	 * the meeting it was prepared for) and records the new revision, renumbered, with its
	 * concordance, in the same transaction: adopted and consolidated, or neither.
	 */
	@Transactional
	public AmendmentView adopt(UUID id, @Nullable UUID decisionId) {
		if (decisionId == null) {
			throw new RuleViolationException("amendment.rule.decision-required");
		}
		Amendment amendment = this.texts.require(id);
		MandateView base = this.mandates.require(amendment.mandateId());
		requireLatest(base);
		DecisionView decision = this.bodies.requireDecision(decisionId);
		if (decision.meeting() != null && !decision.meeting().equals(amendment.meetingId())) {
			throw new RuleViolationException("amendment.rule.decision-of-the-meeting");
		}
		MeetingView meeting = this.bodies.meeting(amendment.meetingId()).orElseThrow();
		this.adoptions.adopt(this.texts, id, decisionId);
		Amendment adopted = this.texts.require(id);
		Amendment.Consolidated consolidated = adopted.consolidate(base.paragraphs());
		MandateView revision = this.mandates.record(new MandateDetails(base.kind(), base.number(), meeting.code(),
				base.titleEn(), base.titleFr(), base.titleEs(), meeting.id(), MandateStatus.ADOPTED));
		revision = this.mandates.enter(revision.id(), revision.version(), consolidated.paragraphs());
		this.repeals.carry(adopted, base.paragraphs(), consolidated, revision.id());
		revision = this.mandates.carryAnnexes(base, revision);
		AmendmentView before = adopted.view();
		adopted.consolidated(revision.id(), consolidated.concordance(), now());
		AmendmentView after = this.texts.save(adopted).view();
		this.audit.record(AUDITED_AS, id, "consolidated", before, after);
		this.events.publishEvent(new AmendmentAdopted(id, base.id(), revision.id(), decisionId, base.kind(),
				base.reference(), revision.reference()));
		return after;
	}

	/** The amendment's paragraphs in one language as tracked changes, in order. */
	@Transactional(readOnly = true)
	public List<TrackedParagraph> tracked(UUID id, Language language) {
		require(id);
		Amendment amendment = this.texts.require(id);
		List<ParagraphView> base = this.mandates.require(amendment.mandateId()).paragraphs();
		return Tracking.track(inLanguage(base, language), amendment.amended(base, language), amendment.lines(base),
				line -> line.before() != null && line.after() != null && !line.before().equals(line.after()));
	}

	/**
	 * The amended text in one language, paragraph by paragraph as the amendment has it
	 * (those it deletes marked deleted).
	 */
	@Transactional(readOnly = true)
	public List<AmendedParagraph> current(UUID id, Language language) {
		require(id);
		Amendment amendment = this.texts.require(id);
		return amendment.current(this.mandates.require(amendment.mandateId()).paragraphs(), language);
	}

	/**
	 * Two revisions of a text compared in one language as tracked changes: paired by the
	 * concordance of the amendment that led from one to the other, else by number.
	 */
	@Transactional(readOnly = true)
	public List<TrackedParagraph> compare(MandateView from, MandateView to, Language language) {
		List<ParagraphView> before = from.in(language);
		List<ParagraphView> after = to.in(language);
		List<ConcordanceLine> lines = this.records.findByRevisionId(to.id())
			.map(Amendment::view)
			.filter(amendment -> amendment.mandate().equals(from.id()))
			.map(AmendmentView::concordance)
			.orElseGet(() -> Tracking.sameNumbers(from.paragraphs(), to.paragraphs()));
		return Tracking.track(before, after, lines, line -> false);
	}

	/** The revisions of a text the reader may see, oldest first. */
	@Transactional(readOnly = true)
	public List<MandateView> revisions(MandateView mandate) {
		return this.mandateRecords.findAllByKindAndSymbolNumber(mandate.kind(), mandate.number())
			.stream()
			.map(org.synergies.mandates.internal.Mandate::view)
			.filter(this.access::canSee)
			.sorted(Mandates.BY_SYMBOL)
			.toList();
	}

	private void requireLatest(MandateView mandate) {
		MandateView latest = this.mandateRecords.findAllByKindAndSymbolNumber(mandate.kind(), mandate.number())
			.stream()
			.map(org.synergies.mandates.internal.Mandate::view)
			.max(Mandates.BY_SYMBOL)
			.orElse(mandate);
		if (!latest.id().equals(mandate.id())) {
			throw new RuleViolationException("amendment.rule.superseded-revision", mandate.reference(),
					latest.reference());
		}
	}

	private boolean visible(AmendmentView amendment) {
		return amendment.isAdopted() || this.access.isSecretariat();
	}

	private static List<ParagraphView> inLanguage(List<ParagraphView> paragraphs, Language language) {
		return paragraphs.stream().filter(paragraph -> paragraph.language() == language).toList();
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
