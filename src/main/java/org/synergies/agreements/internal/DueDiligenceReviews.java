package org.synergies.agreements.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.agreements.AgreementView;
import org.synergies.agreements.Agreements;
import org.synergies.audit.AuditTrail;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.Actor;
import org.synergies.system.CurrentActor;

/**
 * Due diligence under the CMS Code of Conduct: the Secretariat reviews an agreement with
 * a private-sector organization against the latest checklist, records the review, and
 * another officer approves it; each step audited with the agreement. Reviews are internal
 * to the Secretariat (the pages and API let nobody else in).
 */
@Service
public class DueDiligenceReviews {

	static final String CHECKLIST = "due-diligence-checklist";

	private final DueDiligenceRecords reviews;

	private final DueDiligenceChecklists checklists;

	private final DueDiligenceGate gate;

	private final AgreementRecords agreements;

	private final AuditTrail audit;

	private final Clock clock;

	DueDiligenceReviews(DueDiligenceRecords reviews, DueDiligenceChecklists checklists, DueDiligenceGate gate,
			AgreementRecords agreements, AuditTrail audit, Clock clock) {
		this.reviews = reviews;
		this.checklists = checklists;
		this.gate = gate;
		this.agreements = agreements;
		this.audit = audit;
		this.clock = clock;
	}

	/** An agreement's reviews, the latest first. */
	@Transactional(readOnly = true)
	public List<DueDiligenceReviewView> reviewsOf(UUID agreement) {
		agreement(agreement);
		return this.reviews.findByAgreementIdOrderByCreatedAtDesc(agreement).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public Optional<DueDiligenceReviewView> latest(UUID agreement) {
		return this.reviews.findByAgreementIdOrderByCreatedAtDesc(agreement).stream().findFirst().map(this::view);
	}

	/** Whether the agreement is with a private-sector organization. */
	@Transactional(readOnly = true)
	public boolean isNeeded(UUID agreement) {
		return this.gate.isNeeded(agreement(agreement).partners());
	}

	/**
	 * Starts a review against the latest checklist, while the agreement is negotiated.
	 */
	@Transactional
	public DueDiligenceReviewView start(UUID agreement) {
		AgreementView negotiated = agreement(agreement);
		if (!this.gate.isNeeded(negotiated.partners())) {
			throw new RuleViolationException("due-diligence.rule.not-needed");
		}
		if (!negotiated.canBeSigned()) {
			throw new RuleViolationException("due-diligence.rule.agreement-signed");
		}
		if (this.reviews.findByAgreementIdOrderByCreatedAtDesc(agreement)
			.stream()
			.anyMatch(DueDiligenceReview::isOpen)) {
			throw new RuleViolationException("due-diligence.rule.open-review");
		}
		DueDiligenceChecklist checklist = this.checklists.latest()
			.orElseThrow(() -> new RuleViolationException("due-diligence.rule.no-checklist"));
		DueDiligenceReview review = this.reviews.save(DueDiligenceReview.start(agreement, checklist.id(), now()));
		DueDiligenceReviewView view = view(review);
		this.audit.record(Agreements.AUDITED_AS, agreement, "due-diligence-started", null, Audited.of(view));
		return view;
	}

	/**
	 * Writes the answers and the conclusion; {@code record}: and records the review,
	 * which must then be complete. Refused on a version that changed since.
	 */
	@Transactional
	public DueDiligenceReviewView write(UUID agreement, UUID id, long version, List<DueDiligenceAnswer> answers,
			@Nullable DueDiligenceConclusion conclusion, @Nullable String text, boolean record) {
		DueDiligenceReview review = load(agreement, id, version);
		DueDiligenceChecklist checklist = checklist(review);
		DueDiligenceReviewView before = view(review);
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (DueDiligenceAnswer answer : answers) {
			if (!checklist.codes().contains(answer.itemCode()) || !seen.add(answer.itemCode())) {
				problems.add(new FieldProblem("answers", "due-diligence.rule.unknown-item", answer.itemCode()));
			}
			else if (answer.comment() != null && answer.comment().length() > 2000) {
				problems.add(new FieldProblem("answers[" + answer.itemCode() + "]", "validation.too-long-n", 2000));
			}
		}
		if (text != null && text.length() > 5000) {
			problems.add(new FieldProblem("conclusionText", "validation.too-long-n", 5000));
		}
		requireNone(problems);
		review.write(answers, conclusion, text, now());
		if (record) {
			requireNone(review.missing(checklist.codes()));
			review.record(checklist.codes(), actor(), now());
		}
		return saved(review, record ? "due-diligence-recorded" : "due-diligence-saved", before);
	}

	/**
	 * Records the review as it stands, complete: every item answered, a conclusion given.
	 */
	@Transactional
	public DueDiligenceReviewView record(UUID agreement, UUID id, long version) {
		DueDiligenceReview review = load(agreement, id, version);
		DueDiligenceChecklist checklist = checklist(review);
		DueDiligenceReviewView before = view(review);
		requireNone(review.missing(checklist.codes()));
		review.record(checklist.codes(), actor(), now());
		return saved(review, "due-diligence-recorded", before);
	}

	/** The approving officer's approval: a step of its own, by another officer. */
	@Transactional
	public DueDiligenceReviewView approve(UUID agreement, UUID id, long version) {
		DueDiligenceReview review = load(agreement, id, version);
		DueDiligenceReviewView before = view(review);
		review.approve(actor(), now());
		return saved(review, "due-diligence-approved", before);
	}

	/** The checklist's versions, newest first. */
	@Transactional(readOnly = true)
	public List<DueDiligenceChecklist> checklists() {
		return this.checklists.all();
	}

	/**
	 * Adds a version of the checklist, which new reviews follow; every item has a code
	 * (letters, digits, hyphens) of its own and a text in English, French and Spanish.
	 */
	@Transactional
	public DueDiligenceChecklist addChecklist(List<DueDiligenceChecklist.Item> items) {
		List<FieldProblem> problems = new ArrayList<>();
		if (items.isEmpty()) {
			problems.add(new FieldProblem("items", "due-diligence.rule.no-items"));
		}
		Set<String> codes = new HashSet<>();
		for (int index = 0; index < items.size(); index++) {
			DueDiligenceChecklist.Item item = items.get(index);
			String field = "items[" + index + "]";
			if (item.code() == null || !item.code().matches("[A-Za-z0-9-]{1,30}")) {
				problems.add(new FieldProblem(field + ".code", "due-diligence.rule.item-code"));
			}
			else if (!codes.add(item.code())) {
				problems.add(new FieldProblem(field + ".code", "due-diligence.rule.item-code-twice", item.code()));
			}
			text(problems, field + ".textEn", item.textEn());
			text(problems, field + ".textFr", item.textFr());
			text(problems, field + ".textEs", item.textEs());
		}
		requireNone(problems);
		DueDiligenceChecklist added = this.checklists.add(items, now());
		this.audit.record(CHECKLIST, added.id(), "created", null, added);
		return added;
	}

	private static void text(List<FieldProblem> problems, String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem(field, "validation.required"));
		}
		else if (text.length() > 1000) {
			problems.add(new FieldProblem(field, "validation.too-long-n", 1000));
		}
	}

	private DueDiligenceReview load(UUID agreement, UUID id, long version) {
		DueDiligenceReview review = this.reviews.findById(id)
			.filter(found -> found.agreementId().equals(agreement))
			.orElseThrow(() -> new NotFoundException("due-diligence-review", id));
		if (review.version() != version) {
			throw new OptimisticLockingFailureException("due-diligence review " + id + " is at " + review.version());
		}
		return review;
	}

	private DueDiligenceReviewView saved(DueDiligenceReview review, String action, DueDiligenceReviewView before) {
		DueDiligenceReviewView after = view(this.reviews.save(review));
		this.audit.record(Agreements.AUDITED_AS, review.agreementId(), action, Audited.of(before), Audited.of(after));
		return after;
	}

	private AgreementView agreement(UUID id) {
		return this.agreements.findById(id)
			.map(found -> found.view(LocalDate.now(this.clock)))
			.orElseThrow(() -> new NotFoundException(Agreements.AUDITED_AS, id));
	}

	private DueDiligenceChecklist checklist(DueDiligenceReview review) {
		return this.checklists.find(review.checklistId()).orElseThrow();
	}

	private DueDiligenceReviewView view(DueDiligenceReview review) {
		return review.view(checklist(review));
	}

	private static Actor actor() {
		return CurrentActor.get().orElseThrow(() -> new IllegalStateException("a review is made by someone"));
	}

	private static void requireNone(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

	/** What the audit trail keeps of a review: not the checklist it was made against. */
	record Audited(UUID review, int checklist, DueDiligenceStatus status, List<DueDiligenceAnswer> answers,
			@Nullable DueDiligenceConclusion conclusion, @Nullable String conclusionText, @Nullable String recordedBy,
			@Nullable String approvedBy) {

		static Audited of(DueDiligenceReviewView view) {
			return new Audited(view.id(), view.checklist().number(), view.status(), view.answers(), view.conclusion(),
					view.conclusionText(), view.recordedBy(), view.approvedBy());
		}

	}

}
