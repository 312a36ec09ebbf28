package org.synergies.accreditation.web;

import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.accreditation.AccreditationProcesses;
import org.synergies.accreditation.CallsForApplications;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.FieldErrors;

/**
 * Calls for applications, opened by the Secretariat under the process in force.
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

	private final Clock clock;

	CallController(CallsForApplications calls, AccreditationProcesses processes, Clock clock) {
		this.clock = clock;
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

	@PostMapping("/{id}/invite")
	String invite(@PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("invited", this.calls.invite(id));
		return "redirect:/accreditation/calls";
	}

	private String page(Model model, CallForm form) {
		model.addAttribute("form", form);
		model.addAttribute("calls", this.calls.calls());
		model.addAttribute("inForce", this.processes.inForce().orElse(null));
		return "accreditation/calls";
	}

}
