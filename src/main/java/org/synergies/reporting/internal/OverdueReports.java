package org.synergies.reporting.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.synergies.accreditation.ReportingObligations;
import org.synergies.accreditation.ReportingObligations.MissedDeadline;

/**
 * Tells the accreditation register which accredited NGO partners missed a reporting
 * deadline.
 */
@Component
class OverdueReports implements ReportingObligations {

	private final ReportingCycles cycles;

	OverdueReports(ReportingCycles cycles) {
		this.cycles = cycles;
	}

	@Override
	public Map<UUID, String> overdue() {
		Map<UUID, String> overdue = new LinkedHashMap<>();
		this.cycles.overdue().forEach((organization, cycle) -> overdue.put(organization, cycle.meetingCode()));
		return overdue;
	}

	@Override
	public Map<UUID, MissedDeadline> missed() {
		Map<UUID, MissedDeadline> missed = new LinkedHashMap<>();
		this.cycles.overdue()
			.forEach((organization, cycle) -> missed.put(organization,
					new MissedDeadline(cycle.meetingCode(), cycle.deadlineFor(organization))));
		return missed;
	}

}
