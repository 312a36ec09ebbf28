package org.synergies.agreements.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.agreements.AgreementActionKind;
import org.synergies.agreements.AgreementActions;
import org.synergies.agreements.AgreementProposal;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.FlashProblems;

/**
 * The Secretariat proposes an extension, revision or termination of an agreement, submits
 * it to the Standing Committee and records the decision that adopts it. Post/Redirect/Get
 * back to the agreement's page; a refusal comes back with its reason.
 */
@Controller
@RequestMapping("/agreements/{id}/actions")
@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
class AgreementActionsController {

	record ProposalForm(@Nullable AgreementActionKind kind,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validFrom,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validUntil, @Nullable String titleEn,
			@Nullable String titleFr, @Nullable String titleEs, @Nullable String renewalTermsEn,
			@Nullable String renewalTermsFr, @Nullable String renewalTermsEs, @Nullable String explanation) {

		AgreementProposal proposal() {
			return new AgreementProposal(this.kind, this.validFrom, this.validUntil, this.titleEn, this.titleFr,
					this.titleEs, this.renewalTermsEn, this.renewalTermsFr, this.renewalTermsEs, this.explanation);
		}

	}

	private final AgreementActions actions;

	private final FlashProblems problems;

	AgreementActionsController(AgreementActions actions, FlashProblems problems) {
		this.actions = actions;
		this.problems = problems;
	}

	@PostMapping
	String propose(@PathVariable UUID id, @ModelAttribute ProposalForm form, RedirectAttributes redirect,
			Locale locale) {
		return done(id, redirect, locale, () -> this.actions.propose(id, form.proposal()));
	}

	@PostMapping("/{action}/submit")
	String submit(@PathVariable UUID id, @PathVariable UUID action, RedirectAttributes redirect, Locale locale) {
		return done(id, redirect, locale, () -> this.actions.submit(id, action));
	}

	@PostMapping("/{action}/adopt")
	String adopt(@PathVariable UUID id, @PathVariable UUID action,
			@RequestParam(required = false) @Nullable UUID decision, RedirectAttributes redirect, Locale locale) {
		if (decision == null) {
			return done(id, redirect, locale, () -> {
				throw new RuleViolationException("agreement-action.rule.decision-required");
			});
		}
		return done(id, redirect, locale, () -> this.actions.adopt(id, action, decision));
	}

	private String done(UUID id, RedirectAttributes redirect, Locale locale, Runnable step) {
		try {
			step.run();
			redirect.addAttribute("decided", "");
		}
		catch (InvalidInputException | RuleViolationException refused) {
			this.problems.flash(redirect, refused, locale);
		}
		return "redirect:/agreements/" + id + "#decisions-heading";
	}

}
