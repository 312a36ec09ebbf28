package org.synergies.agreements.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A due-diligence review as read by the Secretariat, with the checklist version it was
 * made against.
 */
public record DueDiligenceReviewView(UUID id, UUID agreement, DueDiligenceChecklist checklist,
		DueDiligenceStatus status, List<DueDiligenceAnswer> answers, @Nullable DueDiligenceConclusion conclusion,
		@Nullable String conclusionText, @Nullable String recordedBy, @Nullable Instant recordedAt,
		@Nullable String approvedBy, @Nullable Instant approvedAt, Instant createdAt, Instant updatedAt, long version) {

	public DueDiligenceReviewView {
		answers = List.copyOf(answers);
	}

	public @Nullable DueDiligenceAnswer answer(String code) {
		return this.answers.stream().filter(answer -> answer.itemCode().equals(code)).findFirst().orElse(null);
	}

	public boolean canBeWritten() {
		return this.status != DueDiligenceStatus.APPROVED;
	}

	public boolean canBeApproved() {
		return this.status == DueDiligenceStatus.RECORDED;
	}

	public boolean clearsSignature() {
		return this.status == DueDiligenceStatus.APPROVED && this.conclusion != null
				&& this.conclusion.clearsSignature();
	}

}
