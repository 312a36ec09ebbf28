package org.synergies.reporting.web;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.mandates.LinkForms;
import org.synergies.mandates.LinkedRecord;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.internal.ReportingCycles;
import org.synergies.shared.NotFoundException;

/**
 * The Secretariat links a reporting cycle to the paragraph it implements (Resolution
 * 11.10, operative paragraph 6: reporting to the Conference of the Parties).
 */
@Controller
@PreAuthorize("@reportingAccess.isSecretariat()")
class CycleMandatesController {

	private final ReportingCycles cycles;

	private final LinkForms links;

	CycleMandatesController(ReportingCycles cycles, LinkForms links) {
		this.cycles = cycles;
		this.links = links;
	}

	@PostMapping("/reporting/cycles/{id}/mandates")
	String link(@PathVariable UUID id, @RequestParam(required = false) @Nullable String address,
			RedirectAttributes redirect, Locale locale) {
		CycleView cycle = this.cycles.find(id).orElseThrow(() -> new NotFoundException("reporting-cycle", id));
		this.links.link(record(cycle), address, redirect, locale);
		return "redirect:/reporting/cycles/" + id + "#mandates";
	}

	/** The cycle as a mandate's page names it. */
	static LinkedRecord record(CycleView cycle) {
		String meeting = cycle.meetingCode();
		return new LinkedRecord("reporting", cycle.id(), "Civil society reporting cycle for " + meeting,
				"Cycle de rapports de la société civile pour la " + meeting,
				"Ciclo de informes de la sociedad civil para la " + meeting, "/reporting/cycles/" + cycle.id());
	}

}
