package org.synergies.accounts.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.synergies.accounts.AccountFilter;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountStatus;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.OrganizationDirectory;
import org.synergies.accounts.Role;
import org.synergies.audit.AuditTrail;
import org.synergies.shared.CountryCode;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * Administration of accounts: find, invite, edit roles and scopes, disable and enable,
 * resend an invitation; with the account's history.
 */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasRole('SECRETARIAT_ADMIN')")
class AccountAdminController {

	private static final int PAGE_SIZE = 25;

	private final AccountManagement accounts;

	private final ObjectProvider<OrganizationDirectory> organizations;

	private final AuditTrail audit;

	AccountAdminController(AccountManagement accounts, ObjectProvider<OrganizationDirectory> organizations,
			AuditTrail audit) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.audit = audit;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Role role,
			@RequestParam(required = false) @Nullable AccountStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		model.addAttribute("result",
				this.accounts.list(new AccountFilter(q, role, status), Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("status", status);
		model.addAttribute("roles", Role.values());
		model.addAttribute("statuses", AccountStatus.values());
		return htmx != null ? "accounts/admin/list :: results" : "accounts/admin/list";
	}

	@GetMapping("/new")
	String newAccount(Model model, Locale locale) {
		return form(model, AccountForm.empty(), null, locale);
	}

	@PostMapping("/new")
	String invite(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model, Locale locale) {
		checkCountry(form, result);
		if (!result.hasErrors()) {
			try {
				AccountView invited = this.accounts.invite(form.details());
				return "redirect:/admin/accounts/" + invited.id() + "?invited";
			}
			catch (RuleViolationException violation) {
				reject(result, violation);
			}
		}
		return form(model, form, null, locale);
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		AccountView account = load(id);
		return form(model, AccountForm.of(account), account, locale);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			Model model, Locale locale) {
		AccountView account = load(id);
		checkCountry(form, result);
		if (!result.hasErrors()) {
			try {
				this.accounts.update(id, form.seenVersion(), form.details());
				return "redirect:/admin/accounts/" + id + "?saved";
			}
			catch (OptimisticLockingFailureException conflict) {
				result.reject("error.conflict.stale");
			}
			catch (RuleViolationException violation) {
				reject(result, violation);
			}
		}
		return form(model, form, account, locale);
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable UUID id) {
		this.accounts.disable(id);
		return "redirect:/admin/accounts/" + id + "?disabled";
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable UUID id) {
		this.accounts.enable(id);
		return "redirect:/admin/accounts/" + id + "?enabled";
	}

	@PostMapping("/{id}/invitation")
	String resendInvitation(@PathVariable UUID id) {
		this.accounts.resendInvitation(id);
		return "redirect:/admin/accounts/" + id + "?invitationSent";
	}

	private String form(Model model, AccountForm form, @Nullable AccountView account, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("account", account);
		model.addAttribute("roles", Role.values());
		model.addAttribute("countries", CountryCode.all(locale));
		model.addAttribute("organizationChoices",
				this.organizations.stream().findFirst().map(OrganizationDirectory::choices).orElse(List.of()));
		if (account != null) {
			model.addAttribute("history", this.audit.historyOf(AccountManagement.AUDITED_AS, account.id()));
		}
		return account == null ? "accounts/admin/new" : "accounts/admin/edit";
	}

	private AccountView load(UUID id) {
		return this.accounts.find(id).orElseThrow(() -> new NotFoundException("account", id));
	}

	private static void checkCountry(AccountForm form, BindingResult result) {
		if (!form.countryIsValid() && !result.hasFieldErrors("country")) {
			result.rejectValue("country", "validation.country");
		}
	}

	private static void reject(BindingResult result, RuleViolationException violation) {
		String field = switch (violation.messageKey()) {
			case "account.rule.email-taken" -> "email";
			case "account.rule.member-needs-organization" -> "organizations";
			case "account.rule.focal-point-needs-country" -> "country";
			case "account.rule.last-administrator" -> "roles";
			default -> null;
		};
		if (field == null) {
			result.reject(violation.messageKey(), violation.arguments(), violation.messageKey());
		}
		else {
			result.rejectValue(field, violation.messageKey(), violation.arguments(), violation.messageKey());
		}
	}

}
