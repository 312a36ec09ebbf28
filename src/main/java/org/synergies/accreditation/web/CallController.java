package org.synergies.accreditation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.accreditation.AccreditationProcesses;
import org.synergies.accreditation.CallsForApplications;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.RuleViolationException;
import org.synergies.shared.NotFoundException;
import org.synergies.system.FieldErrors;
import org.synergies.system.FlashProblems;

/**
 * Calls for applications, opened by the Secretariat under the process in force; its
 * invitations go to the NGOs the Secretariat chooses, the NGO partners chosen by default.
 */
@Controller
@RequestMapping("/accreditation/calls")
@PreAuthorize("@accreditationAccess.isSecretariat()")
class CallController {

	record CallForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate opensOn,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate closesOn) {
	}

	private final CallsForApplications calls;

	private final AccreditationProcesses processes;

	private final FlashProblems problems;

	private final Clock clock;

	CallController(CallsForApplications calls, AccreditationProcesses processes, FlashProblems problems, Clock clock) {
		this.clock = clock;
		this.problems = problems;
		this.calls = calls;
		this.processes = processes;
	}

	@GetMapping
	String calls(Model model) {
		LocalDate today = LocalDate.now(this.clock);
		return page(model, new CallForm(today, today.plusMonths(3)));
	}

	@PostMapping
	String open(@ModelAttribute("form") CallForm form, BindingResult result, Model model) {
		try {
			this.calls.open(form.opensOn(), form.closesOn());
			return "redirect:/accreditation/calls?opened";
		}
		catch (InvalidInputException invalid) {
			FieldErrors.apply(invalid.problems(), result);
		}
		catch (RuleViolationException refused) {
			result.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
		}
		return page(model, form);
	}

	@GetMapping("/{id}/invitations")
	String invitations(@PathVariable UUID id, Model model) {
		model.addAttribute("call",
				this.calls.find(id).orElseThrow(() -> new NotFoundException("application-call", id)));
		model.addAttribute("invitees", this.calls.invitees());
		return "accreditation/call-invitations";
	}

	/** The page always names its choice: nobody ticked is a choice, and is refused. */
	@PostMapping("/{id}/invite")
	String invite(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<UUID> organizations,
			RedirectAttributes redirect, Locale locale) {
		try {
			redirect.addFlashAttribute("invited",
					this.calls.invite(id, organizations == null ? List.of() : organizations));
			return "redirect:/accreditation/calls";
		}
		catch (InvalidInputException | RuleViolationException refused) {
			this.problems.flash(redirect, refused, locale);
			return "redirect:/accreditation/calls/" + id + "/invitations";
		}
	}

	private String page(Model model, CallForm form) {
		model.addAttribute("form", form);
		model.addAttribute("calls", this.calls.calls());
		model.addAttribute("inForce", this.processes.inForce().orElse(null));
		return "accreditation/calls";
	}

}
