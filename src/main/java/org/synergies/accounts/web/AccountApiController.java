package org.synergies.accounts.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
			@Min(value = 1, message = "{token.lifetime.range}") @Max(value = PersonalTokens.MAXIMUM_LIFETIME_DAYS,
					message = "{token.lifetime.range}") @Nullable Integer lifetimeDays) {
	}

	/** What a token's expiry and revocation make of it now. */
	enum TokenState {

		ACTIVE, EXPIRED, REVOKED

	}

	/** A personal token as its owner sees it through the API: never its secret. */
	record PersonalToken(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt,
			@Nullable Instant lastUsedAt, @Nullable Instant revokedAt, TokenState state) {

		static PersonalToken of(ApiTokenView token, Instant now) {
			TokenState state = token.revokedAt() != null ? TokenState.REVOKED
					: token.isExpired(now) ? TokenState.EXPIRED : TokenState.ACTIVE;
			return new PersonalToken(token.id(), token.name(), token.prefix(), token.createdAt(), token.expiresAt(),
					token.lastUsedAt(), token.revokedAt(), state);
		}

	}

	record CreatedToken(PersonalToken token, String secret) {

	}

	private final PersonalTokens tokens;

	private final Clock clock;

	AccountApiController(PersonalTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
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
			description = "Newest first, revoked and expired ones included, each with its expiry and state. "
					+ "Secrets are never shown again.")
	List<PersonalToken> myTokens() {
		Instant now = Instant.now(this.clock);
		return this.tokens.of(CurrentUser.require().id()).stream().map(token -> PersonalToken.of(token, now)).toList();
	}

	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an API token (refused to API tokens)",
			description = "Refused with 403 to a request authenticated by an API token, which is every API request: "
					+ "tokens are created by their owner signed in on the page My account → API tokens, so that a "
					+ "leaked token cannot make others. A token lasts lifetimeDays (1 to 365, default 90).")
	CreatedToken createToken(@Valid @RequestBody NewToken request) {
		IssuedToken issued = this.tokens.create(CurrentUser.require().id(), request.name(), request.lifetimeDays());
		return new CreatedToken(PersonalToken.of(issued.token(), Instant.now(this.clock)), issued.secret());
	}

	@DeleteMapping("/tokens/{id}")
	@Operation(summary = "Revoke an API token", description = "The token stops working at once.")
	PersonalToken revokeToken(@PathVariable UUID id) {
		return PersonalToken.of(this.tokens.revoke(CurrentUser.require().id(), id), Instant.now(this.clock));
	}

}
