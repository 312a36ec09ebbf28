package org.synergies.organizations.web;

import java.util.List;
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
import org.synergies.organizations.DirectoryQuery;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationStatus;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * What only the Secretariat does to an organization: archive and restore it, merge a
 * duplicate into it, attach and detach its members.
 */
@Controller
@RequestMapping("/organizations/{id}")
@PreAuthorize("@organizationAccess.isSecretariat()")
class OrganizationAdminController {

	private final OrganizationManagement organizations;

	OrganizationAdminController(OrganizationManagement organizations) {
		this.organizations = organizations;
	}

	@PostMapping("/archive")
	String archive(@PathVariable UUID id) {
		this.organizations.archive(id);
		return "redirect:/organizations/" + id + "?archived";
	}

	@PostMapping("/restore")
	String restore(@PathVariable UUID id) {
		this.organizations.restore(id);
		return "redirect:/organizations/" + id + "?restored";
	}

	/** Choose the duplicate to merge into this organization. */
	@GetMapping("/merge")
	String chooseDuplicate(@PathVariable UUID id, @RequestParam(required = false) @Nullable String q, Model model,
			Locale locale) {
		OrganizationView survivor = load(id);
		model.addAttribute("organization", survivor);
		model.addAttribute("q", q);
		List<?> candidates = q == null || q.isBlank() ? this.organizations.similarTo(survivor.details(), id)
				: this.organizations
					.directory(new DirectoryQuery(q, null, null, null, OrganizationStatus.ACTIVE,
							DirectoryQuery.Sort.NAME, 0, 20))
					.organizations()
					.stream()
					.filter(candidate -> !candidate.id().equals(id))
					.toList();
		model.addAttribute("candidates", candidates);
		return "organizations/merge";
	}

	@PostMapping("/merge")
	String merge(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID duplicate,
			RedirectAttributes redirect) {
		if (duplicate == null) {
			return "redirect:/organizations/" + id + "/merge";
		}
		try {
			this.organizations.merge(id, duplicate);
		}
		catch (RuleViolationException violation) {
			// a rule of this module or of one that keeps references to the duplicate
			redirect.addFlashAttribute("mergeError", violation.messageKey());
			return "redirect:/organizations/" + id + "/merge";
		}
		return "redirect:/organizations/" + id + "?merged";
	}

	@PostMapping("/members")
	String addMember(@PathVariable UUID id, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "EN") Language language,
			RedirectAttributes redirect) {
		if (!email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$")) {
			redirect.addFlashAttribute("memberError", "validation.email");
			return "redirect:/organizations/" + id + "#members";
		}
		try {
			this.organizations.addMember(id, email.strip(), name.strip(), language);
			return "redirect:/organizations/" + id + "?memberAdded#members";
		}
		catch (RuleViolationException violation) {
			redirect.addFlashAttribute("memberError", violation.messageKey());
			return "redirect:/organizations/" + id + "#members";
		}
	}

	@PostMapping("/members/{account}/remove")
	String removeMember(@PathVariable UUID id, @PathVariable UUID account) {
		this.organizations.removeMember(id, account);
		return "redirect:/organizations/" + id + "?memberRemoved#members";
	}

	private OrganizationView load(UUID id) {
		return this.organizations.find(id)
			.orElseThrow(() -> new NotFoundException(OrganizationManagement.AUDITED_AS, id));
	}

}
