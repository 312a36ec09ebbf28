package org.synergies.accreditation.web;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.accreditation.AccreditationProcesses;
import org.synergies.accreditation.ProcessView;
import org.synergies.mandates.LinkForms;
import org.synergies.mandates.LinkedRecord;
import org.synergies.shared.NotFoundException;

/**
 * The Secretariat links a version of the accreditation process to the decisions it
 * implements (13.AA–13.CC).
 */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
class ProcessMandatesController {

	private final AccreditationProcesses processes;

	private final LinkForms links;

	ProcessMandatesController(AccreditationProcesses processes, LinkForms links) {
		this.processes = processes;
		this.links = links;
	}

	@PostMapping("/accreditation/process/{id}/mandates")
	String link(@PathVariable UUID id, @RequestParam(required = false) @Nullable String address,
			RedirectAttributes redirect, Locale locale) {
		ProcessView process = this.processes.find(id)
			.orElseThrow(() -> new NotFoundException("accreditation-process", id));
		this.links.link(record(process), address, redirect, locale);
		return "redirect:/accreditation/process/" + id + "#mandates";
	}

	/** The process version as a mandate's page names it. */
	static LinkedRecord record(ProcessView process) {
		int n = process.number();
		return new LinkedRecord("accreditation", process.id(), "Accreditation process of NGO partners, version " + n,
				"Procédure d’accréditation des ONG partenaires, version " + n,
				"Procedimiento de acreditación de las ONG asociadas, versión " + n,
				"/accreditation/process/" + process.id());
	}

}
