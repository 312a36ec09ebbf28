package org.synergies.agreements.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.agreements.DeliverableStatus;
import org.synergies.agreements.ProgressReview;
import org.synergies.agreements.WorkPlanView;

/** A progress note on a deliverable and its review, kept for good (the history). */
@Table("work_plan_progress")
record ProgressUpdate(DeliverableStatus status, @Nullable Integer percent, LocalDate notedOn, @Nullable String noteEn,
		@Nullable String noteFr, @Nullable String noteEs, @Nullable String submittedBy, Instant submittedAt,
		ProgressReview review, @Nullable String reviewComment, @Nullable Instant reviewedAt) {

	ProgressUpdate reviewed(ProgressReview outcome, @Nullable String comment, Instant now) {
		return new ProgressUpdate(this.status, this.percent, this.notedOn, this.noteEn, this.noteFr, this.noteEs,
				this.submittedBy, this.submittedAt, outcome, comment, now);
	}

	WorkPlanView.Note view() {
		return new WorkPlanView.Note(this.status, this.percent, this.notedOn, this.noteEn, this.noteFr, this.noteEs,
				this.submittedBy, this.submittedAt, this.review, this.reviewComment, this.reviewedAt);
	}

}
