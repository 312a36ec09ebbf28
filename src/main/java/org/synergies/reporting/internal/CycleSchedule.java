package org.synergies.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.MeetingNames;
import org.synergies.meetings.MeetingView;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;

/**
 * A cycle's dates and reminders as the Secretariat asked for them, checked: a meeting, an
 * opening, a deadline after the opening and before the meeting (given, or a number of
 * weeks before the meeting), reminder days between 1 and 365.
 */
record CycleSchedule(MeetingView meeting, LocalDate opensOn, LocalDate deadline, List<Integer> reminders,
		List<Integer> lateReminders) {

	static final List<Integer> DEFAULT_REMINDERS = List.of(28, 7, 1);

	static final List<Integer> DEFAULT_LATE_REMINDERS = List.of(7, 21);

	static CycleSchedule of(NewCycle cycle, GoverningBodies bodies, MeetingNames names) {
		List<FieldProblem> problems = new ArrayList<>();
		MeetingView meeting = cycle.meeting() == null ? null : bodies.meeting(cycle.meeting()).orElse(null);
		if (meeting == null) {
			problems.add(new FieldProblem("meeting", "validation.choose"));
		}
		if (cycle.opensOn() == null) {
			problems.add(new FieldProblem("opensOn", "validation.required"));
		}
		LocalDate deadline = cycle.deadline();
		if (deadline == null && cycle.weeksBeforeMeeting() != null && meeting != null) {
			if (cycle.weeksBeforeMeeting() < 0) {
				problems.add(new FieldProblem("weeksBeforeMeeting", "validation.not-negative"));
			}
			else {
				deadline = meeting.startsOn().minusWeeks(cycle.weeksBeforeMeeting());
			}
		}
		if (deadline == null && cycle.weeksBeforeMeeting() == null) {
			problems.add(new FieldProblem("deadline", "validation.required"));
		}
		if (deadline != null && cycle.opensOn() != null && !deadline.isAfter(cycle.opensOn())) {
			problems.add(new FieldProblem("deadline", "cycle.rule.deadline-after-opening"));
		}
		if (deadline != null && meeting != null && deadline.isAfter(meeting.startsOn())) {
			problems.add(new FieldProblem("deadline", "cycle.rule.deadline-before-meeting", names.the(meeting.code())));
		}
		List<Integer> reminders = days(cycle.reminderDays(), DEFAULT_REMINDERS, "reminderDays", problems);
		List<Integer> late = days(cycle.lateReminderDays(), DEFAULT_LATE_REMINDERS, "lateReminderDays", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new CycleSchedule(meeting, cycle.opensOn(), deadline, reminders, late);
	}

	private static List<Integer> days(@Nullable List<Integer> days, List<Integer> fallback, String field,
			List<FieldProblem> problems) {
		if (days == null) {
			return fallback;
		}
		if (days.stream().anyMatch(day -> day == null || day < 1 || day > 365)) {
			problems.add(new FieldProblem(field, "cycle.rule.reminder-days"));
			return fallback;
		}
		return days.stream().distinct().sorted().toList();
	}

}
