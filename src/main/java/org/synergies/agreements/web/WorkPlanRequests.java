package org.synergies.agreements.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.synergies.agreements.DeliverableDetails;
import org.synergies.agreements.DeliverableStatus;
import org.synergies.agreements.ProgressReport;
import org.synergies.agreements.WorkPlanGoalDetails;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;

/**
 * What the work plan's API reads: each record named for the work plan (schema names are
 * global).
 */
final class WorkPlanRequests {

	private WorkPlanRequests() {
	}

	/** A goal; {@code version} is the one read when revising it. */
	record WorkPlanGoalRequest(@Nullable String titleEn, @Nullable String titleFr, @Nullable String titleEs,
			@Nullable Long version) {

		WorkPlanGoalDetails details() {
			return new WorkPlanGoalDetails(this.titleEn, this.titleFr, this.titleEs);
		}

	}

	/**
	 * A deliverable: {@code responsible} is one of the agreement's partners, none for the
	 * secretariat; {@code targets} are Strategic Plan target numbers (1–16).
	 */
	record WorkPlanDeliverableRequest(@Nullable UUID goal, @Nullable String titleEn, @Nullable String titleFr,
			@Nullable String titleEs, @Nullable UUID responsible, @Nullable LocalDate startsOn,
			@Nullable LocalDate dueOn, @Nullable List<Integer> targets, @Nullable Long version) {

		DeliverableDetails details() {
			return new DeliverableDetails(this.goal, this.titleEn, this.titleFr, this.titleEs, this.responsible,
					this.startsOn, this.dueOn, this.targets == null ? List.of() : this.targets);
		}

	}

	/** A progress note, on the deliverable's {@code version} as read. */
	record WorkPlanProgressRequest(@Nullable DeliverableStatus status, @Nullable Integer percent,
			@Nullable LocalDate notedOn, @Nullable String noteEn, @Nullable String noteFr, @Nullable String noteEs,
			@Nullable Long version) {

		ProgressReport report() {
			return new ProgressReport(this.status, this.percent, this.notedOn, this.noteEn, this.noteFr, this.noteEs);
		}

	}

	/**
	 * The Secretariat's review of the note awaiting it, ACCEPT or RETURN; a comment is
	 * required to return it. The outcome is read as text, so that a caller who may not
	 * review is refused (403) whatever it sends.
	 */
	record WorkPlanReviewRequest(@Schema(allowableValues = {
			"ACCEPT", "RETURN" }) @Nullable String outcome, @Nullable String comment, @Nullable Long version){

		boolean accepts() {
			if (!"ACCEPT".equals(this.outcome) && !"RETURN".equals(this.outcome)) {
				throw new InvalidInputException(List.of(new FieldProblem("outcome", "validation.choose")));
			}
			return "ACCEPT".equals(this.outcome);
		}

	}

	static long version(@Nullable Long version) {
		return version == null ? -1 : version;
	}

}
