package org.synergies.agreements.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.Actor;

/**
 * A due-diligence review of an agreement with a private-sector organization, against one
 * version of the checklist (CMS Code of Conduct for partnerships with the private
 * sector). It guards its life: written while in progress; recorded once every item is
 * answered and a conclusion given; approved by an officer other than the one who recorded
 * it; final once approved. Kept with the agreement, by its id.
 */
@Table("due_diligence_review")
public class DueDiligenceReview {

	@Id
	private final UUID id;

	private final UUID agreementId;

	private final UUID checklistId;

	private DueDiligenceStatus status;

	@MappedCollection(idColumn = "review_id")
	private Set<DueDiligenceAnswer> answers;

	private @Nullable DueDiligenceConclusion conclusion;

	private @Nullable String conclusionText;

	private @Nullable UUID recordedBy;

	private @Nullable String recordedByName;

	private @Nullable Instant recordedAt;

	private @Nullable UUID approvedBy;

	private @Nullable String approvedByName;

	private @Nullable Instant approvedAt;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	DueDiligenceReview(UUID id, UUID agreementId, UUID checklistId, DueDiligenceStatus status,
			Set<DueDiligenceAnswer> answers, @Nullable DueDiligenceConclusion conclusion,
			@Nullable String conclusionText, @Nullable UUID recordedBy, @Nullable String recordedByName,
			@Nullable Instant recordedAt, @Nullable UUID approvedBy, @Nullable String approvedByName,
			@Nullable Instant approvedAt, Instant createdAt, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.agreementId = agreementId;
		this.checklistId = checklistId;
		this.status = status;
		this.answers = answers;
		this.conclusion = conclusion;
		this.conclusionText = conclusionText;
		this.recordedBy = recordedBy;
		this.recordedByName = recordedByName;
		this.recordedAt = recordedAt;
		this.approvedBy = approvedBy;
		this.approvedByName = approvedByName;
		this.approvedAt = approvedAt;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static DueDiligenceReview start(UUID agreement, UUID checklist, Instant now) {
		return new DueDiligenceReview(UUID.randomUUID(), agreement, checklist, DueDiligenceStatus.IN_PROGRESS,
				new LinkedHashSet<>(), null, null, null, null, null, null, null, null, now, now, null);
	}

	/**
	 * Replaces the answers and the conclusion; a recorded review written again goes back
	 * to in progress, to be recorded anew. Refused once approved.
	 */
	void write(Collection<DueDiligenceAnswer> answers, @Nullable DueDiligenceConclusion conclusion,
			@Nullable String text, Instant now) {
		if (this.status == DueDiligenceStatus.APPROVED) {
			throw new RuleViolationException("due-diligence.rule.approved-final");
		}
		this.answers = new LinkedHashSet<>(answers);
		this.conclusion = conclusion;
		this.conclusionText = text == null || text.isBlank() ? null : text.strip();
		this.status = DueDiligenceStatus.IN_PROGRESS;
		this.recordedBy = null;
		this.recordedByName = null;
		this.recordedAt = null;
		this.updatedAt = now;
	}

	/** What is still missing before it can be recorded, item by item. */
	List<FieldProblem> missing(List<String> codes) {
		List<FieldProblem> problems = new ArrayList<>();
		for (String code : codes) {
			if (answer(code).isEmpty()) {
				problems.add(new FieldProblem("answers[" + code + "]", "due-diligence.rule.item-unanswered", code));
			}
		}
		if (this.conclusion == null) {
			problems.add(new FieldProblem("conclusion", "validation.choose"));
		}
		if (this.conclusionText == null) {
			problems.add(new FieldProblem("conclusionText", "validation.required"));
		}
		return problems;
	}

	/**
	 * Recorded by the officer who completed it; the checklist's items are all answered.
	 */
	void record(List<String> codes, Actor by, Instant now) {
		if (this.status != DueDiligenceStatus.IN_PROGRESS) {
			throw new RuleViolationException(this.status == DueDiligenceStatus.APPROVED
					? "due-diligence.rule.approved-final" : "due-diligence.rule.already-recorded");
		}
		if (!missing(codes).isEmpty()) {
			throw new RuleViolationException("due-diligence.rule.incomplete");
		}
		this.status = DueDiligenceStatus.RECORDED;
		this.recordedBy = by.actorId();
		this.recordedByName = by.actorName();
		this.recordedAt = now;
		this.updatedAt = now;
	}

	/** Approved by the approving officer: recorded first, and by somebody else. */
	void approve(Actor by, Instant now) {
		if (this.status != DueDiligenceStatus.RECORDED) {
			throw new RuleViolationException(this.status == DueDiligenceStatus.APPROVED
					? "due-diligence.rule.approved-final" : "due-diligence.rule.not-recorded");
		}
		if (by.actorId().equals(this.recordedBy)) {
			throw new RuleViolationException("due-diligence.rule.own-review");
		}
		this.status = DueDiligenceStatus.APPROVED;
		this.approvedBy = by.actorId();
		this.approvedByName = by.actorName();
		this.approvedAt = now;
		this.updatedAt = now;
	}

	/** Whether it lets the agreement be signed: approved, and not a rejection. */
	boolean clearsSignature() {
		return this.status == DueDiligenceStatus.APPROVED && this.conclusion != null
				&& this.conclusion.clearsSignature();
	}

	boolean isOpen() {
		return this.status != DueDiligenceStatus.APPROVED;
	}

	Optional<DueDiligenceAnswer> answer(String code) {
		return this.answers.stream().filter(answer -> answer.itemCode().equals(code)).findFirst();
	}

	DueDiligenceReviewView view(DueDiligenceChecklist checklist) {
		return new DueDiligenceReviewView(this.id, this.agreementId, checklist, this.status,
				this.answers.stream().sorted(Comparator.comparing(DueDiligenceAnswer::itemCode)).toList(),
				this.conclusion, this.conclusionText, this.recordedByName, this.recordedAt, this.approvedByName,
				this.approvedAt, this.createdAt, this.updatedAt, version());
	}

	UUID id() {
		return this.id;
	}

	UUID agreementId() {
		return this.agreementId;
	}

	UUID checklistId() {
		return this.checklistId;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

}
