package org.synergies.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.CurrentUser;
import org.synergies.system.ApiTokenAuthentication;

/**
 * Authenticates an API request by a personal token: it must exist, be neither revoked nor
 * expired, and belong to an active account. The answer stays an
 * {@link ApiTokenAuthentication}, so that a token cannot be used to create tokens.
 */
@Component
class TokenAuthentication implements AuthenticationProvider {

	private final ApiTokens tokens;

	private final Accounts accounts;

	private final Clock clock;

	TokenAuthentication(ApiTokens tokens, Accounts accounts, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Authentication authenticate(Authentication authentication) {
		String secret = String.valueOf(authentication.getCredentials());
		Instant now = Instant.now(this.clock);
		ApiToken token = this.tokens.findByTokenHash(SecretTokens.hash(secret))
			.filter(candidate -> candidate.isUsable(now))
			.orElseThrow(() -> new BadCredentialsException("Unknown, expired or revoked token"));
		Account account = this.accounts.findById(token.accountId())
			.filter(Account::isActive)
			.orElseThrow(() -> new BadCredentialsException("Account not active"));
		this.tokens.touch(token.id(), now, now.minus(Duration.ofMinutes(1)));
		CurrentUser user = account.principal();
		return ApiTokenAuthentication.verified(user, user.authorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return ApiTokenAuthentication.class.isAssignableFrom(authentication);
	}

}
