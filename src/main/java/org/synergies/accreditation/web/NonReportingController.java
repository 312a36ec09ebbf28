package org.synergies.accreditation.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.accreditation.AccreditationRegister;
import org.synergies.accreditation.AccreditationView;
import org.synergies.accreditation.NonReporting;
import org.synergies.accreditation.NonReportingProposals;
import org.synergies.audit.AuditTrail;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.NewDecision;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.FlashProblems;

/**
 * Non-reporting for the Secretariat: the proposals to put before the Standing Committee
 * with the Committee's decision on each, and an entry's register history.
 */
@Controller
@RequestMapping("/accreditation/register")
@PreAuthorize("@accreditationAccess.isSecretariat()")
class NonReportingController {

	private final NonReportingProposals proposals;

	private final NonReporting nonReporting;

	private final AccreditationRegister register;

	private final GoverningBodies bodies;

	private final AuditTrail audit;

	private final FlashProblems problems;

	NonReportingController(NonReportingProposals proposals, NonReporting nonReporting, AccreditationRegister register,
			GoverningBodies bodies, AuditTrail audit, FlashProblems problems) {
		this.proposals = proposals;
		this.nonReporting = nonReporting;
		this.register = register;
		this.bodies = bodies;
		this.audit = audit;
		this.problems = problems;
	}

	@GetMapping("/proposals")
	String proposals(Model model) {
		model.addAttribute("proposals", this.proposals.open());
		model.addAttribute("rule", this.nonReporting.ruleInForce());
		model.addAttribute("procedures", DecisionProcedure.values());
		model.addAttribute("meetings", this.bodies.meetings(GoverningBody.STANDING_COMMITTEE));
		return "accreditation/proposals";
	}

	@PostMapping("/proposals/{id}/decision")
	String decide(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect,
			Locale locale) {
		String outcome = form.getOrDefault("outcome", "");
		if (!outcome.equals("AS_PROPOSED") && !outcome.equals("NOT")) {
			this.problems.flash(redirect, new RuleViolationException("review.rule.choose-outcome"), locale);
			return "redirect:/accreditation/register/proposals";
		}
		try {
			this.proposals.decide(id, outcome.equals("AS_PROPOSED"), decision(form));
			return "redirect:/accreditation/register/proposals?decided";
		}
		catch (RuleViolationException | InvalidInputException | OptimisticLockingFailureException problem) {
			this.problems.flash(redirect, problem, locale);
			return "redirect:/accreditation/register/proposals";
		}
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable UUID id, Model model) {
		AccreditationView accreditation = this.register.find(id)
			.orElseThrow(() -> new NotFoundException("accreditation", id));
		model.addAttribute("accreditation", accreditation);
		model.addAttribute("steps", this.proposals.ofAccreditation(id));
		model.addAttribute("history", this.audit.historyOf("accreditation", id));
		return "accreditation/register-history";
	}

	private static NewDecision decision(Map<String, String> form) {
		DecisionProcedure procedure = null;
		try {
			String value = form.get("procedure");
			procedure = value == null || value.isBlank() ? null : DecisionProcedure.valueOf(value);
		}
		catch (IllegalArgumentException unknown) {
			// left null: the decision is refused as incomplete
		}
		String meeting = form.get("meeting");
		String adoptedOn = form.get("adoptedOn");
		try {
			return new NewDecision(GoverningBody.STANDING_COMMITTEE,
					meeting == null || meeting.isBlank() ? null : UUID.fromString(meeting), procedure,
					form.get("reference"), adoptedOn == null || adoptedOn.isBlank() ? null : LocalDate.parse(adoptedOn),
					form.get("text"), null);
		}
		catch (RuntimeException malformed) {
			throw new RuleViolationException("non-reporting.rule.malformed-decision");
		}
	}

}
