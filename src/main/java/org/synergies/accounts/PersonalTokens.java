package org.synergies.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.internal.TokenRegistry;
import org.synergies.audit.AuditTrail;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.ApiTokenAuthentication;

/**
 * Personal API tokens, created and revoked by their owner only. A token is shown once, at
 * creation; afterwards only its hash and first characters are kept. Every token expires:
 * its owner chooses when, at most {@value #MAXIMUM_LIFETIME_DAYS} days ahead. Tokens are
 * created by a person signed in on the page, never with a token, so that a leaked token
 * cannot outlive its expiry or its revocation by making others.
 */
@Service
public class PersonalTokens {

	static final String AUDITED_AS = "api-token";

	/** The lifetimes the token page offers, in days. */
	public static final List<Integer> LIFETIME_CHOICES = List.of(30, 90, 365);

	public static final int DEFAULT_LIFETIME_DAYS = 90;

	public static final int MAXIMUM_LIFETIME_DAYS = 365;

	private final TokenRegistry registry;

	private final AuditTrail audit;

	private final Clock clock;

	PersonalTokens(TokenRegistry registry, AuditTrail audit, Clock clock) {
		this.registry = registry;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates a token valid for the given number of days ({@value #DEFAULT_LIFETIME_DAYS}
	 * when not given). Refused to a request authenticated by an API token.
	 */
	@Transactional
	public IssuedToken create(UUID owner, String name, @Nullable Integer lifetimeDays) {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication) {
			throw new AccessDeniedException("API tokens are created by a signed-in person, not with a token");
		}
		int days = lifetimeDays == null ? DEFAULT_LIFETIME_DAYS : lifetimeDays;
		if (days < 1 || days > MAXIMUM_LIFETIME_DAYS) {
			throw new RuleViolationException("token.rule.lifetime", MAXIMUM_LIFETIME_DAYS);
		}
		Instant now = Instant.now(this.clock);
		IssuedToken issued = this.registry.issue(owner, name, now.plus(days, ChronoUnit.DAYS), now);
		this.audit.record(AUDITED_AS, issued.token().id(), "created", null, issued.token());
		return issued;
	}

	@Transactional
	public ApiTokenView revoke(UUID owner, UUID token) {
		ApiTokenView before = this.registry.view(owner, token);
		ApiTokenView after = this.registry.revoke(owner, token, Instant.now(this.clock));
		this.audit.record(AUDITED_AS, token, "revoked", before, after);
		return after;
	}

	/** The owner's tokens, newest first, revoked and expired ones included. */
	@Transactional(readOnly = true)
	public List<ApiTokenView> of(UUID owner) {
		return this.registry.of(owner);
	}

}
