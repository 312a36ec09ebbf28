package org.synergies.reporting.internal;

import org.synergies.reporting.CycleView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.synergies.shared.NotFoundException;

/**
 * The deadline that applies to a report today: its cycle's, or its organization's
 * extension, on the day the injected clock says.
 */
@Component
class ReportDeadlines {

	private final ReportingCycles cycles;

	private final Clock clock;

	ReportDeadlines(ReportingCycles cycles, Clock clock) {
		this.cycles = cycles;
		this.clock = clock;
	}

	CycleView cycleOf(Report report) {
		return cycle(report.cycleId());
	}

	CycleView cycle(UUID id) {
		return this.cycles.find(id).orElseThrow(() -> new NotFoundException(ReportingSteps.CYCLE, id));
	}

	ReportingDeadline of(Report report) {
		return of(cycleOf(report), report.organizationId());
	}

	ReportingDeadline of(CycleView cycle, UUID organization) {
		return ReportingDeadline.of(cycle, organization, LocalDate.now(this.clock));
	}

}
