package org.synergies.accreditation.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.synergies.accounts.CurrentUser;
import org.synergies.accreditation.AccreditationProcesses;
import org.synergies.accreditation.CallsForApplications;
import org.synergies.organizations.OrganizationKind;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationView;

/**
 * The accreditation's front page: the process in force (criteria, documents, validity,
 * reporting), the open call, and for an NGO's members the button to apply.
 */
@Controller
class AccreditationHomeController {

	private final AccreditationProcesses processes;

	private final CallsForApplications calls;

	private final OrganizationManagement organizations;

	AccreditationHomeController(AccreditationProcesses processes, CallsForApplications calls,
			OrganizationManagement organizations) {
		this.processes = processes;
		this.calls = calls;
		this.organizations = organizations;
	}

	@GetMapping("/accreditation")
	String home(Model model) {
		var process = this.processes.inForce();
		model.addAttribute("process", process.orElse(null));
		model.addAttribute("reportingFormat", process.flatMap(this.processes::reportingFormat).orElse(null));
		model.addAttribute("call", this.calls.openCall().orElse(null));
		List<OrganizationView> ngos = CurrentUser.get()
			.map(user -> user.organizations().stream().map(this::ngo).flatMap(Optional::stream).toList())
			.orElse(List.of());
		model.addAttribute("ngos", ngos);
		return "accreditation/home";
	}

	private Optional<OrganizationView> ngo(UUID organization) {
		return this.organizations.find(organization)
			.filter(found -> found.kind() == OrganizationKind.INTERNATIONAL_NGO
					|| found.kind() == OrganizationKind.NATIONAL_NGO);
	}

}
