package org.synergies.reporting.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.synergies.accreditation.NonReporting;
import org.synergies.reporting.ReportSubmitted;

/**
 * Tells the register that an organization handed in a report, after it committed: an
 * accreditation suspended for the missing report gets a proposal to reinstate it.
 */
@Component
class ReportsReceived {

	private final NonReporting nonReporting;

	ReportsReceived(NonReporting nonReporting) {
		this.nonReporting = nonReporting;
	}

	@ApplicationModuleListener
	void submitted(ReportSubmitted event) {
		this.nonReporting.reportReceived(event.organization());
	}

}
