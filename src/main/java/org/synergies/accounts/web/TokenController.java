package org.synergies.accounts.web;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.synergies.accounts.ApiTokenView;
import org.synergies.accounts.CurrentUser;
import org.synergies.accounts.IssuedToken;
import org.synergies.accounts.PersonalTokens;
import org.synergies.shared.RuleViolationException;

/**
 * A person's API tokens: create one for 30, 90 or 365 days (its secret is shown on this
 * response only), see when each was last used and when it expires, revoke one. Revoking
 * answers just the table row to htmx, or the whole page without JavaScript.
 */
@Controller
@RequestMapping("/account/tokens")
class TokenController {

	/** A new token: its name and how many days it lasts (one of the choices offered). */
	record TokenForm(@NotBlank(message = "{validation.required}") @Size(max = 100,
			message = "{validation.too-long}") @Nullable String name, @Nullable Integer lifetimeDays) {

		static TokenForm empty() {
			return new TokenForm(null, PersonalTokens.DEFAULT_LIFETIME_DAYS);
		}

	}

	private final PersonalTokens tokens;

	private final Clock clock;

	TokenController(PersonalTokens tokens, Clock clock) {
		this.clock = clock;
		this.tokens = tokens;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", TokenForm.empty());
		return page(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") TokenForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				IssuedToken issued = this.tokens.create(CurrentUser.require().id(), form.name(), form.lifetimeDays());
				model.addAttribute("issued", issued);
				model.addAttribute("form", TokenForm.empty());
			}
			catch (RuleViolationException violation) {
				result.rejectValue("lifetimeDays", violation.messageKey(), violation.arguments(),
						violation.messageKey());
			}
		}
		return page(model);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model) {
		ApiTokenView revoked = this.tokens.revoke(CurrentUser.require().id(), id);
		if (htmx != null) {
			model.addAttribute("token", revoked);
			model.addAttribute("now", Instant.now(this.clock));
			return "accounts/token-row :: row";
		}
		return "redirect:/account/tokens?revoked";
	}

	private String page(Model model) {
		model.addAttribute("tokens", this.tokens.of(CurrentUser.require().id()));
		model.addAttribute("lifetimes", PersonalTokens.LIFETIME_CHOICES);
		model.addAttribute("now", Instant.now(this.clock));
		return "accounts/tokens";
	}

}
