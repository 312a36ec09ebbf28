package org.synergies.reporting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.synergies.reporting.CycleView;

/**
 * A reporting cycle through the API: its meeting, format version, dates, reminders,
 * invited partners, exchange rates and extensions.
 */
record CycleResponse(UUID id, UUID meeting, String meetingCode, LocalDate meetingStartsOn, UUID template,
		int templateNumber, LocalDate opensOn, LocalDate deadline, List<Integer> reminderDays,
		List<Integer> lateReminderDays, Set<UUID> invited, Map<String, BigDecimal> rates,
		Map<UUID, LocalDate> extensions, long version) {

	static CycleResponse of(CycleView cycle) {
		return new CycleResponse(cycle.id(), cycle.meeting(), cycle.meetingCode(), cycle.meetingStartsOn(),
				cycle.template(), cycle.templateNumber(), cycle.opensOn(), cycle.deadline(), cycle.reminderDays(),
				cycle.lateReminderDays(), cycle.invited(), cycle.rates(), cycle.extensions(), cycle.version());
	}

}
