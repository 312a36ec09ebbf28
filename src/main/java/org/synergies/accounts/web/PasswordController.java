package org.synergies.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.synergies.accounts.internal.AccountAccess;
import org.synergies.accounts.web.PasswordForms.ForgotForm;
import org.synergies.accounts.web.PasswordForms.NewPasswordForm;
import org.synergies.shared.RuleViolationException;

/**
 * Forgotten password: ask for a link by e-mail, then choose a new password through it.
 * The answer to "send me a link" is the same whether or not the address has an account,
 * and whether or not the request was over the limit.
 */
@Controller
class PasswordController {

	private final AccountAccess access;

	PasswordController(AccountAccess access) {
		this.access = access;
	}

	@GetMapping("/password/forgot")
	String forgot(@ModelAttribute("form") ForgotForm form) {
		return "accounts/forgot-password";
	}

	@PostMapping("/password/forgot")
	String requestLink(@Valid @ModelAttribute("form") ForgotForm form, BindingResult result,
			HttpServletRequest request) {
		if (result.hasErrors()) {
			return "accounts/forgot-password";
		}
		// the client as the servlet container sees it: behind a reverse proxy, the
		// address it forwards (server.forward-headers-strategy, see docs/operations.md)
		this.access.requestPasswordReset(form.email(), request.getRemoteAddr());
		return "redirect:/password/forgot?sent";
	}

	@GetMapping("/password/reset")
	String reset(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("form", new NewPasswordForm(token, null, null));
		model.addAttribute("linkValid", this.access.isValidPasswordReset(token));
		return "accounts/reset-password";
	}

	@PostMapping("/password/reset")
	String setPassword(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult result, Model model) {
		PasswordForms.checkConfirmation(form.password(), form.confirmation(), result);
		String token = form.token() == null ? "" : form.token();
		model.addAttribute("linkValid", true);
		if (result.hasErrors()) {
			return "accounts/reset-password";
		}
		try {
			this.access.resetPassword(token, form.password());
			return "redirect:/login?reset";
		}
		catch (RuleViolationException violation) {
			if ("account.rule.link-invalid".equals(violation.messageKey())) {
				model.addAttribute("linkValid", false);
			}
			else {
				result.rejectValue("password", violation.messageKey(), violation.arguments(), violation.messageKey());
			}
			return "accounts/reset-password";
		}
	}

}
