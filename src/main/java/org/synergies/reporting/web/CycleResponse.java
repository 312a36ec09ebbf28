package org.synergies.reporting.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.RateSource;

/**
 * A reporting cycle through the API: its meeting, format version, dates, reminders,
 * invited partners, exchange rates (by currency; none for US dollars) and extensions.
 */
record CycleResponse(UUID id, UUID meeting, String meetingCode, LocalDate meetingStartsOn, UUID template,
		int templateNumber, LocalDate opensOn, LocalDate deadline, List<Integer> reminderDays,
		List<Integer> lateReminderDays, Set<UUID> invited, Map<String, CycleRateResponse> rates,
		Map<UUID, LocalDate> extensions, long version) {

	static CycleResponse of(CycleView cycle) {
		return new CycleResponse(cycle.id(), cycle.meeting(), cycle.meetingCode(), cycle.meetingStartsOn(),
				cycle.template(), cycle.templateNumber(), cycle.opensOn(), cycle.deadline(), cycle.reminderDays(),
				cycle.lateReminderDays(), cycle.invited(), rates(cycle), cycle.extensions(), cycle.version());
	}

	/**
	 * An exchange rate: US dollars for one unit, its source (the UN operational rate of
	 * exchange of the month `appliesOn` begins, or another source named, on that day),
	 * who entered it and when.
	 */
	record CycleRateResponse(BigDecimal usdPerUnit, RateSource source, @Nullable String sourceDescription,
			LocalDate appliesOn, String enteredBy, Instant enteredAt) {
	}

	private static Map<String, CycleRateResponse> rates(CycleView cycle) {
		Map<String, CycleRateResponse> rates = new TreeMap<>();
		cycle.rates()
			.forEach((currency, rate) -> rates.put(currency, new CycleRateResponse(rate.usdPerUnit(), rate.source(),
					rate.sourceDescription(), rate.appliesOn(), rate.enteredBy(), rate.enteredAt())));
		return rates;
	}

}
