package org.synergies.organizations.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.organizations.OrganizationInvitations;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.FlashProblems;

/**
 * The signed-in person's invitations to join an organization: each can be accepted or
 * declined, once, by that person only (another person's invitation is not found).
 */
@Controller
@RequestMapping("/account/invitations")
class MembershipInvitationController {

	private final OrganizationInvitations invitations;

	private final FlashProblems problems;

	MembershipInvitationController(OrganizationInvitations invitations, FlashProblems problems) {
		this.invitations = invitations;
		this.problems = problems;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("invitations", this.invitations.mine());
		return "organizations/invitations";
	}

	@PostMapping("/{invitation}/accept")
	String accept(@PathVariable UUID invitation, RedirectAttributes redirect, Locale locale) {
		try {
			this.invitations.accept(invitation);
			return "redirect:/account/invitations?accepted";
		}
		catch (RuleViolationException refused) {
			this.problems.flash(redirect, refused, locale);
			return "redirect:/account/invitations";
		}
	}

	@PostMapping("/{invitation}/decline")
	String decline(@PathVariable UUID invitation, RedirectAttributes redirect, Locale locale) {
		try {
			this.invitations.decline(invitation);
			return "redirect:/account/invitations?declined";
		}
		catch (RuleViolationException refused) {
			this.problems.flash(redirect, refused, locale);
			return "redirect:/account/invitations";
		}
	}

}
