package org.synergies.accreditation.internal;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accreditation.AccreditationProcesses;
import org.synergies.accreditation.ProcessView;
import org.synergies.mandates.LinkedRecord;
import org.synergies.mandates.MandateAddress;
import org.synergies.mandates.MandateLinks;
import org.synergies.system.DemoData;

/**
 * The process in force implements decisions 13.AA–13.CC: the demo links it to them, as
 * the Secretariat would on the process page (after the decisions are seeded).
 */
@Component
@DemoData
@Order(46)
class DemoProcessMandates implements ApplicationRunner {

	private final AccreditationProcesses processes;

	private final MandateLinks links;

	DemoProcessMandates(AccreditationProcesses processes, MandateLinks links) {
		this.processes = processes;
		this.links = links;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		ProcessView process = this.processes.inForce().orElse(null);
		if (process == null || !this.links.linksOf("accreditation", process.id()).isEmpty()) {
			return;
		}
		int n = process.number();
		LinkedRecord record = new LinkedRecord("accreditation", process.id(),
				"Accreditation process of NGO partners, version " + n,
				"Procédure d’accréditation des ONG partenaires, version " + n,
				"Procedimiento de acreditación de las ONG asociadas, versión " + n,
				"/accreditation/process/" + process.id());
		for (String decision : List.of("decision-13.AA", "decision-13.BB", "decision-13.CC")) {
			this.links.link(record, MandateAddress.parse(decision).orElseThrow());
		}
	}

}
