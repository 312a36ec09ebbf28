package org.synergies.accreditation.web;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.accreditation.AccreditationProcesses;
import org.synergies.accreditation.WorkingGroups;
import org.synergies.accreditation.WorkingGroupMember.Represents;
import org.synergies.meetings.GoverningBodies;
import org.synergies.shared.CountryCode;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * A working group's space: who sits on it and for whom, and the process versions it
 * drafted.
 */
@Controller
@RequestMapping("/accreditation/working-groups/{body}")
@PreAuthorize("@accreditationAccess.canSeeDrafts()")
class WorkingGroupController {

	private final AccreditationProcesses processes;

	private final WorkingGroups groups;

	private final GoverningBodies bodies;

	WorkingGroupController(AccreditationProcesses processes, WorkingGroups groups, GoverningBodies bodies) {
		this.processes = processes;
		this.groups = groups;
		this.bodies = bodies;
	}

	@GetMapping
	String space(@PathVariable UUID body, Model model, Locale locale) {
		model.addAttribute("group",
				this.bodies.body(body).orElseThrow(() -> new NotFoundException("governing-body", body)));
		model.addAttribute("members", this.groups.members(body));
		model.addAttribute("versions",
				this.processes.versions().stream().filter(version -> body.equals(version.workingGroup())).toList());
		model.addAttribute("represents", Represents.values());
		model.addAttribute("countries", CountryCode.all(locale));
		return "accreditation/working-group";
	}

	@PostMapping("/members")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	String addMember(@PathVariable UUID body, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "NGO") Represents represents,
			@RequestParam(required = false) @Nullable String country, RedirectAttributes redirect) {
		try {
			this.groups.addMember(body, email.strip(), represents, country, null);
			return "redirect:/accreditation/working-groups/" + body + "?added";
		}
		catch (RuleViolationException refused) {
			redirect.addFlashAttribute("refused", refused.messageKey());
			redirect.addFlashAttribute("refusedArguments", refused.arguments());
			return "redirect:/accreditation/working-groups/" + body;
		}
	}

	@PostMapping("/members/{account}/remove")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	String removeMember(@PathVariable UUID body, @PathVariable UUID account) {
		this.groups.removeMember(body, account);
		return "redirect:/accreditation/working-groups/" + body + "?removed";
	}

}
