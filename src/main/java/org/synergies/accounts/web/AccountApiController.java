package org.synergies.accounts.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.synergies.accounts.CurrentUser;
import org.synergies.accounts.IssuedToken;
import org.synergies.accounts.PersonalTokens;

/**
 * The account endpoints an API client needs: who the token belongs to, and the owner's
 * tokens.
 */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Account", description = "The caller's own account and API tokens")
@SecurityRequirement(name = "bearer")
class AccountApiController {

	private final PersonalTokens tokens;

	private final Clock clock;

	AccountApiController(PersonalTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Who am I",
			description = "The account the presented token belongs to, with its roles and scopes.")
	AccountResponse me() {
		return AccountResponse.of(CurrentUser.require());
	}

	@GetMapping("/tokens")
	@Operation(summary = "My API tokens",
			description = "Newest first, revoked and expired ones included, each with its expiry and state. "
					+ "Secrets are never shown again.")
	List<ApiTokenResponse> myTokens() {
		Instant now = Instant.now(this.clock);
		return this.tokens.of(CurrentUser.require().id())
			.stream()
			.map(token -> ApiTokenResponse.of(token, now))
			.toList();
	}

	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an API token (refused to API tokens)",
			description = "Refused with 403 to a request authenticated by an API token, which is every API request: "
					+ "tokens are created by their owner signed in on the page My account → API tokens, so that a "
					+ "leaked token cannot make others. A token lasts lifetimeDays (1 to 365, default 90).")
	ApiTokenResponse.ApiTokenCreatedResponse createToken(@Valid @RequestBody ApiTokenRequest request) {
		IssuedToken issued = this.tokens.create(CurrentUser.require().id(), request.name(), request.lifetimeDays());
		return new ApiTokenResponse.ApiTokenCreatedResponse(
				ApiTokenResponse.of(issued.token(), Instant.now(this.clock)), issued.secret());
	}

	@DeleteMapping("/tokens/{id}")
	@Operation(summary = "Revoke an API token", description = "The token stops working at once.")
	ApiTokenResponse revokeToken(@PathVariable UUID id) {
		return ApiTokenResponse.of(this.tokens.revoke(CurrentUser.require().id(), id), Instant.now(this.clock));
	}

}
