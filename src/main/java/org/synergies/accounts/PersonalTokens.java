package org.synergies.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.internal.TokenRegistry;
import org.synergies.audit.AuditTrail;
import org.synergies.shared.RuleViolationException;

/**
 * Personal API tokens, created and revoked by their owner only. A token is shown once, at
 * creation; afterwards only its hash and first characters are kept.
 */
@Service
public class PersonalTokens {

	static final String AUDITED_AS = "api-token";

	private final TokenRegistry registry;

	private final AuditTrail audit;

	private final Clock clock;

	PersonalTokens(TokenRegistry registry, AuditTrail audit, Clock clock) {
		this.registry = registry;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public IssuedToken create(UUID owner, String name, @Nullable Instant expiresAt) {
		Instant now = Instant.now(this.clock);
		if (expiresAt != null && !expiresAt.isAfter(now)) {
			throw new RuleViolationException("token.rule.expiry-in-past");
		}
		IssuedToken issued = this.registry.issue(owner, name, expiresAt, now);
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

	/** The owner's tokens, newest first, revoked ones included. */
	@Transactional(readOnly = true)
	public List<ApiTokenView> of(UUID owner) {
		return this.registry.of(owner);
	}

}
