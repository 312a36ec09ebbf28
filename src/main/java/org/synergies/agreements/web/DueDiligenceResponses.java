package org.synergies.agreements.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.agreements.internal.DueDiligenceAnswer;
import org.synergies.agreements.internal.DueDiligenceChecklist;
import org.synergies.agreements.internal.DueDiligenceConclusion;
import org.synergies.agreements.internal.DueDiligenceReviewView;
import org.synergies.agreements.internal.DueDiligenceStatus;
import org.synergies.agreements.internal.DueDiligenceVerdict;

/** What the due-diligence API reads and writes: its own types, uniquely named. */
final class DueDiligenceResponses {

	private DueDiligenceResponses() {
	}

	/** A review, its answers by item code, who recorded and who approved it. */
	record DueDiligenceReviewResponse(UUID id, UUID agreement, UUID checklist, int checklistNumber,
			DueDiligenceStatus status, List<DueDiligenceAnswerBody> answers,
			@Nullable DueDiligenceConclusion conclusion, @Nullable String conclusionText, @Nullable String recordedBy,
			@Nullable Instant recordedAt, @Nullable String approvedBy, @Nullable Instant approvedAt,
			boolean clearsSignature, Instant updatedAt, long version) {

		static DueDiligenceReviewResponse of(DueDiligenceReviewView review) {
			return new DueDiligenceReviewResponse(review.id(), review.agreement(), review.checklist().id(),
					review.checklist().number(), review.status(),
					review.answers().stream().map(DueDiligenceAnswerBody::of).toList(), review.conclusion(),
					review.conclusionText(), review.recordedBy(), review.recordedAt(), review.approvedBy(),
					review.approvedAt(), review.clearsSignature(), review.updatedAt(), review.version());
		}

	}

	/** The answer to one item of the checklist, named by its code. */
	record DueDiligenceAnswerBody(@Nullable String item, @Nullable DueDiligenceVerdict verdict,
			@Nullable String comment) {

		static DueDiligenceAnswerBody of(DueDiligenceAnswer answer) {
			return new DueDiligenceAnswerBody(answer.itemCode(), answer.verdict(), answer.comment());
		}

	}

	/**
	 * The answers ({@code verdicts}) and the conclusion, replacing those saved;
	 * {@code record}: and record the review, which must then be complete. {@code version}
	 * is the one read (409 when it changed since).
	 */
	record DueDiligenceWriteRequest(@Nullable List<DueDiligenceAnswerBody> verdicts,
			@Nullable DueDiligenceConclusion conclusion, @Nullable String conclusionText, @Nullable Boolean record,
			@Nullable Long version) {

		List<DueDiligenceAnswer> domainAnswers() {
			return this.verdicts == null ? List.of()
					: this.verdicts.stream()
						.filter(answer -> answer.item() != null && answer.verdict() != null)
						.map(answer -> new DueDiligenceAnswer(answer.item(), answer.verdict(), answer.comment()))
						.toList();
		}

	}

	/** The version of the review read, for its approval. */
	record DueDiligenceApprovalRequest(@Nullable Long version) {
	}

	/** A version of the checklist. */
	record DueDiligenceChecklistResponse(UUID id, int number, Instant createdAt, List<DueDiligenceItemBody> items) {

		static DueDiligenceChecklistResponse of(DueDiligenceChecklist checklist) {
			return new DueDiligenceChecklistResponse(checklist.id(), checklist.number(), checklist.createdAt(),
					checklist.items()
						.stream()
						.map(item -> new DueDiligenceItemBody(item.code(), item.textEn(), item.textFr(), item.textEs()))
						.toList());
		}

	}

	/** An item of the checklist: its code and its text in English, French and Spanish. */
	record DueDiligenceItemBody(@Nullable String code, @Nullable String textEn, @Nullable String textFr,
			@Nullable String textEs) {
	}

	/** The items of a new version of the checklist, in order. */
	record DueDiligenceChecklistRequest(@Nullable List<DueDiligenceItemBody> items) {

		List<DueDiligenceChecklist.Item> domainItems() {
			return this.items == null ? List.of() : this.items.stream()
				.map(item -> new DueDiligenceChecklist.Item(item.code(), item.textEn(), item.textFr(), item.textEs()))
				.toList();
		}

	}

}
