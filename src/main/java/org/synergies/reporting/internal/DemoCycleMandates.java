package org.synergies.reporting.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.mandates.LinkedRecord;
import org.synergies.mandates.MandateAddress;
import org.synergies.mandates.MandateLinks;
import org.synergies.reporting.CycleView;
import org.synergies.system.DemoData;

/**
 * The civil-society reporting cycle implements Resolution 11.10, operative paragraph 6
 * (reporting to the Conference of the Parties): the demo links the first cycle to it.
 */
@Component
@DemoData
@Order(46)
class DemoCycleMandates implements ApplicationRunner {

	private final ReportingCycles cycles;

	private final MandateLinks links;

	DemoCycleMandates(ReportingCycles cycles, MandateLinks links) {
		this.cycles = cycles;
		this.links = links;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		CycleView cycle = this.cycles.cycles().stream().findFirst().orElse(null);
		if (cycle == null || !this.links.linksOf("reporting", cycle.id()).isEmpty()) {
			return;
		}
		String meeting = cycle.meetingCode();
		this.links.link(
				new LinkedRecord("reporting", cycle.id(), "Civil society reporting cycle for " + meeting,
						"Cycle de rapports de la société civile pour la " + meeting,
						"Ciclo de informes de la sociedad civil para la " + meeting, "/reporting/cycles/" + cycle.id()),
				MandateAddress.parse("11.10/para-6").orElseThrow());
	}

}
