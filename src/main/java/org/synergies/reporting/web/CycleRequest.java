package org.synergies.reporting.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.reporting.internal.NewCycle;

/**
 * A cycle to open or reschedule: for a meeting, open from a date, due on a date or a
 * number of weeks before the meeting, with reminder days before and after the deadline.
 */
record CycleRequest(@Nullable UUID meeting, @Nullable LocalDate opensOn, @Nullable LocalDate deadline,
		@Nullable Integer weeksBeforeMeeting, @Nullable List<Integer> reminderDays,
		@Nullable List<Integer> lateReminderDays) {

	NewCycle cycle() {
		return new NewCycle(this.meeting, this.opensOn, this.deadline, this.weeksBeforeMeeting, this.reminderDays,
				this.lateReminderDays);
	}

}
