package org.synergies.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A cycle to open: for a meeting, open from a date, due either on a date or a number of
 * weeks before the meeting starts.
 *
 * @param reminderDays days before the deadline on which those who have not submitted are
 * reminded (e.g. 28, 7, 1)
 * @param lateReminderDays days after the deadline on which late reporters are reminded
 */
public record NewCycle(@Nullable UUID meeting, @Nullable LocalDate opensOn, @Nullable LocalDate deadline,
		@Nullable Integer weeksBeforeMeeting, @Nullable List<Integer> reminderDays,
		@Nullable List<Integer> lateReminderDays) {
}
