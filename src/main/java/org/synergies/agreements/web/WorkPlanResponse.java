package org.synergies.agreements.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.agreements.DeliverableStatus;
import org.synergies.agreements.LateDeliverable;
import org.synergies.agreements.ProgressReview;
import org.synergies.agreements.WorkPlanView;

/**
 * An agreement's work plan through the API: goals in order with their progress (the mean
 * percentage of their deliverables), deliverables by due date with their accepted notes,
 * newest first.
 */
record WorkPlanResponse(UUID agreement, List<WorkPlanGoalResponse> goals) {

	static WorkPlanResponse of(WorkPlanView plan) {
		return new WorkPlanResponse(plan.agreement(), plan.goals().stream().map(WorkPlanGoalResponse::of).toList());
	}

	record WorkPlanGoalResponse(UUID id, int ordinal, String titleEn, @Nullable String titleFr,
			@Nullable String titleEs, @Nullable Integer progress, List<WorkPlanDeliverableResponse> deliverables,
			long version) {

		static WorkPlanGoalResponse of(WorkPlanView.Goal goal) {
			return new WorkPlanGoalResponse(goal.id(), goal.ordinal(), goal.titleEn(), goal.titleFr(), goal.titleEs(),
					goal.progress(), goal.deliverables().stream().map(WorkPlanDeliverableResponse::of).toList(),
					goal.version());
		}

	}

	/**
	 * @param responsible the responsible partner organization; none for the secretariat
	 * @param submission the newest note when not accepted, for the Secretariat and the
	 * responsible partner only
	 */
	record WorkPlanDeliverableResponse(UUID id, UUID goal, String titleEn, @Nullable String titleFr,
			@Nullable String titleEs, @Nullable UUID responsible, @Nullable LocalDate startsOn, LocalDate dueOn,
			List<Integer> targets, DeliverableStatus status, @Nullable Integer percent, boolean late,
			List<WorkPlanNoteResponse> notes, @Nullable WorkPlanNoteResponse submission, long version) {

		static WorkPlanDeliverableResponse of(WorkPlanView.Deliverable deliverable) {
			return new WorkPlanDeliverableResponse(deliverable.id(), deliverable.goal(), deliverable.titleEn(),
					deliverable.titleFr(), deliverable.titleEs(), deliverable.responsible(), deliverable.startsOn(),
					deliverable.dueOn(), deliverable.targets(), deliverable.status(), deliverable.percent(),
					deliverable.late(), deliverable.notes().stream().map(WorkPlanNoteResponse::of).toList(),
					deliverable.submission() == null ? null : WorkPlanNoteResponse.of(deliverable.submission()),
					deliverable.version());
		}

	}

	record WorkPlanNoteResponse(DeliverableStatus status, @Nullable Integer percent, LocalDate notedOn,
			@Nullable String noteEn, @Nullable String noteFr, @Nullable String noteEs, Instant submittedAt,
			ProgressReview review, @Nullable String reviewComment, @Nullable Instant reviewedAt) {

		static WorkPlanNoteResponse of(WorkPlanView.Note note) {
			return new WorkPlanNoteResponse(note.status(), note.percent(), note.notedOn(), note.noteEn(), note.noteFr(),
					note.noteEs(), note.submittedAt(), note.review(), note.reviewComment(), note.reviewedAt());
		}

	}

	/** A late deliverable and its agreement. */
	record WorkPlanLateResponse(UUID agreement, String agreementTitleEn, WorkPlanDeliverableResponse deliverable) {

		static WorkPlanLateResponse of(LateDeliverable late) {
			return new WorkPlanLateResponse(late.agreement().id(), late.agreement().titleEn(),
					WorkPlanDeliverableResponse.of(late.deliverable()));
		}

	}

}
