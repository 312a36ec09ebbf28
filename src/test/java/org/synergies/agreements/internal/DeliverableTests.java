package org.synergies.agreements.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.synergies.agreements.DeliverableDetails;
import org.synergies.agreements.DeliverableStatus;
import org.synergies.agreements.ProgressReport;
import org.synergies.agreements.ProgressReview;
import org.synergies.agreements.WorkPlanView;
import org.synergies.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A deliverable guards its review: one partner's note awaits the Secretariat at a time,
 * only accepted notes move its status, and late means past due and still open.
 */
class DeliverableTests {

	static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");

	static final LocalDate TODAY = LocalDate.parse("2026-01-10");

	static final UUID PARTNER = UUID.randomUUID();

	static Deliverable dueOn(String due) {
		return Deliverable.plan(UUID.randomUUID(), new DeliverableDetails(UUID.randomUUID(), "Guidance", null, null,
				PARTNER, null, LocalDate.parse(due), List.of(10)), NOW);
	}

	static ProgressReport note(DeliverableStatus status, Integer percent) {
		return new ProgressReport(status, percent, TODAY, "Drafted.", null, null);
	}

	@Test
	void aPartnersNoteAwaitsReviewAndMovesNothingUntilAccepted() {
		Deliverable deliverable = dueOn("2026-06-30");

		deliverable.report(note(DeliverableStatus.IN_PROGRESS, 40), "Member", false, NOW);

		assertThat(deliverable.awaitsReview()).isTrue();
		assertThat(deliverable.status()).isEqualTo(DeliverableStatus.NOT_STARTED);
		WorkPlanView.Deliverable publicView = deliverable.view(TODAY, false, false);
		assertThat(publicView.notes()).isEmpty();
		assertThat(publicView.submission()).isNull();
		assertThat(deliverable.view(TODAY, true, true).submission().review()).isEqualTo(ProgressReview.SUBMITTED);

		deliverable.review(true, null, NOW);

		assertThat(deliverable.status()).isEqualTo(DeliverableStatus.IN_PROGRESS);
		assertThat(deliverable.view(TODAY, false, false).percent()).isEqualTo(40);
	}

	@Test
	void oneNoteAwaitsReviewAtATime() {
		Deliverable deliverable = dueOn("2026-06-30");
		deliverable.report(note(DeliverableStatus.IN_PROGRESS, 40), "Member", false, NOW);

		assertThatThrownBy(() -> deliverable.report(note(DeliverableStatus.IN_PROGRESS, 50), "Member", false, NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("work-plan.rule.awaiting-review");
	}

	@Test
	void aReturnedNoteKeepsTheCommentAndTheStatusStays() {
		Deliverable deliverable = dueOn("2026-06-30");
		deliverable.report(note(DeliverableStatus.COMPLETED, null), "Secretariat", true, NOW);
		deliverable.report(note(DeliverableStatus.CANCELLED, null), "Member", false, NOW);

		deliverable.review(false, "Not cancelled: delivered.", NOW);

		assertThat(deliverable.status()).isEqualTo(DeliverableStatus.COMPLETED);
		WorkPlanView.Deliverable view = deliverable.view(TODAY, true, true);
		assertThat(view.percent()).isEqualTo(100);
		assertThat(view.submission().reviewComment()).isEqualTo("Not cancelled: delivered.");
		assertThat(view.notes()).hasSize(1);
		assertThatThrownBy(() -> deliverable.review(true, null, NOW)).isInstanceOf(RuleViolationException.class)
			.hasMessage("work-plan.rule.nothing-to-review");
	}

	@Test
	void aCompletedDeliverableIsAtAHundredPercent() {
		Deliverable deliverable = dueOn("2026-06-30");

		assertThatThrownBy(() -> deliverable.report(note(DeliverableStatus.COMPLETED, 80), "S", true, NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("work-plan.rule.completed-percent");
		assertThatThrownBy(() -> deliverable.report(note(DeliverableStatus.NOT_STARTED, 10), "S", true, NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("work-plan.rule.not-started-percent");
	}

	@Test
	void lateIsPastDueAndNeitherCompletedNorCancelled() {
		Deliverable open = dueOn("2026-01-09");
		Deliverable dueToday = dueOn("2026-01-10");
		Deliverable cancelled = dueOn("2025-12-31");
		cancelled.report(note(DeliverableStatus.CANCELLED, null), "S", true, NOW);
		Deliverable delayed = dueOn("2025-12-31");
		delayed.report(note(DeliverableStatus.DELAYED, 30), "S", true, NOW);

		assertThat(open.isLate(TODAY)).isTrue();
		assertThat(dueToday.isLate(TODAY)).isFalse();
		assertThat(cancelled.isLate(TODAY)).isFalse();
		assertThat(delayed.isLate(TODAY)).isTrue();
	}

	@Test
	void theHistoryOfAcceptedNotesIsNewestFirst() {
		Deliverable deliverable = dueOn("2026-06-30");
		deliverable.report(
				new ProgressReport(DeliverableStatus.IN_PROGRESS, 20, TODAY.minusDays(2), "First", null, null), "S",
				true, NOW);
		deliverable.report(new ProgressReport(DeliverableStatus.IN_PROGRESS, 60, TODAY, null, "Deuxième", null), "S",
				true, NOW);

		assertThat(deliverable.view(TODAY, false, false).notes()).extracting(WorkPlanView.Note::percent)
			.containsExactly(60, 20);
		assertThat(deliverable.view(TODAY, false, false).latestNote().text(java.util.Locale.ENGLISH))
			.isEqualTo("Deuxième");
	}

}
