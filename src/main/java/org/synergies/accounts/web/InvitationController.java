package org.synergies.accounts.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.synergies.accounts.internal.AccountAccess;
import org.synergies.accounts.web.PasswordForms.NewPasswordForm;
import org.synergies.shared.RuleViolationException;

/**
 * An invited person follows the e-mailed link and chooses their password; the account is
 * then active and they sign in.
 */
@Controller
class InvitationController {

	private final AccountAccess access;

	InvitationController(AccountAccess access) {
		this.access = access;
	}

	@GetMapping("/invitation")
	String show(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("form", new NewPasswordForm(token, null, null));
		model.addAttribute("linkValid", this.access.isValidInvitation(token));
		return "accounts/invitation";
	}

	@PostMapping("/invitation")
	String accept(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult result, Model model) {
		PasswordForms.checkConfirmation(form.password(), form.confirmation(), result);
		model.addAttribute("linkValid", true);
		if (result.hasErrors()) {
			return "accounts/invitation";
		}
		try {
			this.access.acceptInvitation(form.token() == null ? "" : form.token(), form.password());
			return "redirect:/login?welcome";
		}
		catch (RuleViolationException violation) {
			if ("account.rule.link-invalid".equals(violation.messageKey())
					|| "account.rule.invitation-already-accepted".equals(violation.messageKey())) {
				model.addAttribute("linkValid", false);
			}
			else {
				result.rejectValue("password", violation.messageKey(), violation.arguments(), violation.messageKey());
			}
			return "accounts/invitation";
		}
	}

}
