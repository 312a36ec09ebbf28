package org.synergies.reporting;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A reporting cycle: for the meeting of a governing body, under a template version, open
 * from a date to a deadline, with reminders a number of days before the deadline and late
 * notices a number of days after it.
 *
 * @param meetingCode e.g. "COP14"
 * @param invited partners invited to report besides the accredited NGOs, who must
 * @param rates the exchange rate of each currency but the US dollar, for the compilation
 * @param extensions later deadlines granted to some organizations
 */
public record CycleView(UUID id, UUID meeting, String meetingCode, LocalDate meetingStartsOn, UUID template,
		int templateNumber, LocalDate opensOn, LocalDate deadline, List<Integer> reminderDays,
		List<Integer> lateReminderDays, Set<UUID> invited, Map<String, ExchangeRate> rates,
		Map<UUID, LocalDate> extensions, long version) {

	public CycleView {
		reminderDays = List.copyOf(reminderDays);
		lateReminderDays = List.copyOf(lateReminderDays);
		invited = Set.copyOf(invited);
		rates = Map.copyOf(rates);
		extensions = Map.copyOf(extensions);
	}

	/** The exchange rates in the order of their currency codes. */
	public List<ExchangeRate> ratesByCurrency() {
		return this.rates.values().stream().sorted(Comparator.comparing(ExchangeRate::currency)).toList();
	}

	/** The last day on which this organization may still save and submit. */
	public LocalDate deadlineFor(UUID organization) {
		LocalDate extended = this.extensions.get(organization);
		return extended != null && extended.isAfter(this.deadline) ? extended : this.deadline;
	}

}
