package org.synergies.accounts.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.synergies.accounts.ApiTokenView;
import org.synergies.accounts.CurrentUser;
import org.synergies.accounts.IssuedToken;
import org.synergies.accounts.PersonalTokens;
import org.synergies.accounts.Role;
import org.synergies.shared.Language;

/**
 * The account endpoints an API client needs: who the token belongs to, and the owner's
 * tokens.
 */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Account", description = "The caller's own account and API tokens")
@SecurityRequirement(name = "bearer")
class AccountApiController {

	record Me(UUID id, String email, String displayName, Language language, Set<Role> roles, Set<UUID> organizations,
			@Nullable String country) {
	}

	record NewToken(
			@NotBlank(message = "{validation.required}") @Size(max = 100,
					message = "{validation.too-long}") @Nullable String name,
			@Future(message = "{token.expiry.future}") @Nullable Instant expiresAt) {
	}

	record CreatedToken(ApiTokenView token, String secret) {

		static CreatedToken of(IssuedToken issued) {
			return new CreatedToken(issued.token(), issued.secret());
		}

	}

	private final PersonalTokens tokens;

	AccountApiController(PersonalTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	@Operation(summary = "Who am I",
			description = "The account the presented token belongs to, with its roles and scopes.")
	Me me() {
		CurrentUser user = CurrentUser.require();
		return new Me(user.id(), user.email(), user.displayName(), user.language(), user.roles(), user.organizations(),
				user.country() == null ? null : user.country().value());
	}

	@GetMapping("/tokens")
	@Operation(summary = "My API tokens",
			description = "Newest first, revoked ones included. Secrets are never shown again.")
	List<ApiTokenView> myTokens() {
		return this.tokens.of(CurrentUser.require().id());
	}

	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an API token",
			description = "The secret is in this response only; store it now. Optionally expires at the given instant.")
	CreatedToken createToken(@Valid @RequestBody NewToken request) {
		return CreatedToken.of(this.tokens.create(CurrentUser.require().id(), request.name(), request.expiresAt()));
	}

	@DeleteMapping("/tokens/{id}")
	@Operation(summary = "Revoke an API token", description = "The token stops working at once.")
	ApiTokenView revokeToken(@PathVariable UUID id) {
		return this.tokens.revoke(CurrentUser.require().id(), id);
	}

}
