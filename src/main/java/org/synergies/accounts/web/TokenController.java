package org.synergies.accounts.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * A person's API tokens: create one (its secret is shown on this response only), see when
 * each was last used, revoke one. Revoking answers just the table row to htmx, or the
 * whole page without JavaScript.
 */
@Controller
@RequestMapping("/account/tokens")
class TokenController {

	record TokenForm(
			@NotBlank(message = "{validation.required}") @Size(max = 100,
					message = "{validation.too-long}") @Nullable String name,
			@Future(message = "{token.expiry.future}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiresOn) {
	}

	private final PersonalTokens tokens;

	TokenController(PersonalTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", new TokenForm(null, null));
		return page(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") TokenForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			IssuedToken issued = this.tokens.create(CurrentUser.require().id(), form.name(),
					form.expiresOn() == null ? null : form.expiresOn().atStartOfDay(ZoneOffset.UTC).toInstant());
			model.addAttribute("issued", issued);
			model.addAttribute("form", new TokenForm(null, null));
		}
		return page(model);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model) {
		ApiTokenView revoked = this.tokens.revoke(CurrentUser.require().id(), id);
		if (htmx != null) {
			model.addAttribute("token", revoked);
			model.addAttribute("now", Instant.now());
			return "accounts/token-row :: row";
		}
		return "redirect:/account/tokens?revoked";
	}

	private String page(Model model) {
		model.addAttribute("tokens", this.tokens.of(CurrentUser.require().id()));
		model.addAttribute("now", Instant.now());
		return "accounts/tokens";
	}

}
