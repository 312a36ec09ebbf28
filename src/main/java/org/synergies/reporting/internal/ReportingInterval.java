package org.synergies.reporting.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.synergies.accreditation.AccreditationProcesses;

/**
 * How often an accredited NGO partner reports, as the accreditation process in force says
 * ({@code reportingIntervalMonths}): a partner that handed in a report to an earlier
 * cycle less than the interval before a cycle's deadline need not report in it. Half a
 * month of tolerance keeps the rhythm when meeting dates move by days (a report every 36
 * months still falls due at every COP).
 */
@Component
public class ReportingInterval {

	static final int TOLERANCE_DAYS = 15;

	private final ReportingSteps steps;

	private final AccreditationProcesses processes;

	ReportingInterval(ReportingSteps steps, AccreditationProcesses processes) {
		this.steps = steps;
		this.processes = processes;
	}

	/** The interval of the process in force, if it sets one. */
	public Optional<Integer> months() {
		return this.processes.inForce().map(process -> process.content().reportingIntervalMonths());
	}

	/**
	 * Whether the organization handed in a report to another, earlier cycle recently
	 * enough that it need not report in the cycle with this deadline.
	 */
	public boolean reportedWithin(int months, UUID organization, UUID cycle, LocalDate deadline) {
		return this.steps.reports()
			.findByOrganizationIdOrderByCreatedAtDesc(organization)
			.stream()
			.filter(report -> !report.cycleId().equals(cycle) && report.status().isHandedIn())
			.map(report -> this.steps.cycle(report.cycleId()).deadline())
			.anyMatch(earlier -> isRecent(earlier, months, deadline));
	}

	/** Whether a report for the earlier deadline still covers the later one. */
	static boolean isRecent(LocalDate earlier, int months, LocalDate deadline) {
		return earlier.isBefore(deadline) && earlier.plusMonths(months).minusDays(TOLERANCE_DAYS).isAfter(deadline);
	}

}
