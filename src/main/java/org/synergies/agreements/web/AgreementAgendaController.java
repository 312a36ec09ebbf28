package org.synergies.agreements.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.synergies.agreements.ExpiryAgenda;
import org.synergies.shared.NotFoundException;

/**
 * The Secretariat's list of agreements to put before the next meetings of the Standing
 * Committee and of the Conference of the Parties: all meetings ahead, or one of them.
 */
@Controller
@RequestMapping("/agreements/agenda")
@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
class AgreementAgendaController {

	private final ExpiryAgenda agenda;

	AgreementAgendaController(ExpiryAgenda agenda) {
		this.agenda = agenda;
	}

	@GetMapping
	String upcoming(Model model) {
		model.addAttribute("agendas", this.agenda.upcoming());
		model.addAttribute("single", false);
		return "agreements/agenda";
	}

	@GetMapping("/{meeting}")
	String meeting(@PathVariable UUID meeting, Model model) {
		model.addAttribute("agendas",
				List.of(this.agenda.of(meeting).orElseThrow(() -> new NotFoundException("meeting", meeting))));
		model.addAttribute("single", true);
		return "agreements/agenda";
	}

}
