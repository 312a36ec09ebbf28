package org.synergies.accounts.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.CurrentUser;
import org.synergies.accounts.web.PasswordForms.ChangePasswordForm;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A person's own account: name, language (of the interface and of e-mails), password.
 */
@Controller
@RequestMapping("/account")
class ProfileController {

	record ProfileForm(
			@NotBlank(message = "{validation.required}") @Size(max = 200,
					message = "{validation.too-long}") @Nullable String displayName,
			@NotNull(message = "{validation.required}") @Nullable Language language, @Nullable Long version) {

		static ProfileForm of(AccountView account) {
			return new ProfileForm(account.displayName(), account.language(), account.version());
		}

	}

	private final AccountManagement accounts;

	private final LocaleResolver localeResolver;

	ProfileController(AccountManagement accounts, LocaleResolver localeResolver) {
		this.accounts = accounts;
		this.localeResolver = localeResolver;
	}

	@GetMapping
	String show(Model model) {
		AccountView account = me();
		model.addAttribute("account", account);
		model.addAttribute("form", ProfileForm.of(account));
		model.addAttribute("passwordForm", new ChangePasswordForm(null, null, null));
		return "accounts/profile";
	}

	@PostMapping
	String update(@Valid @ModelAttribute("form") ProfileForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		AccountView account = me();
		if (!result.hasErrors()) {
			try {
				AccountView saved = this.accounts.updateProfile(account.id(),
						form.version() == null ? -1 : form.version(), form.displayName(), form.language());
				this.localeResolver.setLocale(request, response, saved.language().locale());
				return "redirect:/account?saved";
			}
			catch (OptimisticLockingFailureException conflict) {
				result.reject("error.conflict.stale");
			}
		}
		model.addAttribute("account", account);
		model.addAttribute("passwordForm", new ChangePasswordForm(null, null, null));
		return "accounts/profile";
	}

	@PostMapping("/password")
	String changePassword(@Valid @ModelAttribute("passwordForm") ChangePasswordForm form, BindingResult result,
			Model model, HttpServletRequest request) {
		AccountView account = me();
		PasswordForms.checkConfirmation(form.password(), form.confirmation(), result);
		if (!result.hasErrors()) {
			try {
				HttpSession session = request.getSession(false);
				this.accounts.changePassword(account.id(), form.currentPassword(), form.password(),
						session == null ? null : session.getId());
				return "redirect:/account?passwordChanged";
			}
			catch (RuleViolationException violation) {
				String field = violation.messageKey().equals("password.rule.current-wrong") ? "currentPassword"
						: "password";
				result.rejectValue(field, violation.messageKey(), violation.arguments(), violation.messageKey());
			}
		}
		model.addAttribute("account", account);
		model.addAttribute("form", ProfileForm.of(account));
		return "accounts/profile";
	}

	private AccountView me() {
		CurrentUser user = CurrentUser.require();
		return this.accounts.find(user.id()).orElseThrow(() -> new NotFoundException("account", user.id()));
	}

}
