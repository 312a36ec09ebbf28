package org.synergies.accounts.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.synergies.accounts.ApiTokenView;
import org.synergies.accounts.IssuedToken;
import org.synergies.accounts.PersonalTokens;
import org.synergies.shared.NotFoundException;

/**
 * Keeps API tokens; a token is found only through its owner, so nobody can see or revoke
 * another person's tokens (another's token id answers "not found").
 */
@Component
public class TokenRegistry {

	private final ApiTokens tokens;

	TokenRegistry(ApiTokens tokens) {
		this.tokens = tokens;
	}

	public IssuedToken issue(UUID owner, String name, Instant expiresAt, Instant now) {
		String secret = SecretTokens.generate(ApiToken.PREFIX);
		return new IssuedToken(this.tokens.save(ApiToken.issue(owner, name, secret, expiresAt, now)).view(), secret);
	}

	/**
	 * Registers a token whose secret is already known (demo data listed in the README),
	 * for the longest lifetime a token may have.
	 */
	public ApiTokenView register(UUID owner, String name, String secret, Instant now) {
		return this.tokens
			.save(ApiToken.issue(owner, name, secret, now.plus(PersonalTokens.MAXIMUM_LIFETIME_DAYS, ChronoUnit.DAYS),
					now))
			.view();
	}

	/** Revokes every token of the owner still in force; how many were. */
	public int revokeAll(UUID owner, Instant now) {
		return this.tokens.revokeAll(owner, now);
	}

	public ApiTokenView view(UUID owner, UUID id) {
		return load(owner, id).view();
	}

	public ApiTokenView revoke(UUID owner, UUID id, Instant now) {
		ApiToken token = load(owner, id);
		token.revoke(now);
		return this.tokens.save(token).view();
	}

	public List<ApiTokenView> of(UUID owner) {
		return this.tokens.findByAccountIdOrderByCreatedAtDesc(owner).stream().map(ApiToken::view).toList();
	}

	private ApiToken load(UUID owner, UUID id) {
		return this.tokens.findById(id)
			.filter(token -> token.accountId().equals(owner))
			.orElseThrow(() -> new NotFoundException("api-token", id));
	}

}
