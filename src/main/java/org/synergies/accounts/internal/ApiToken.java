package org.synergies.accounts.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.accounts.ApiTokenView;
import org.synergies.shared.RuleViolationException;

/**
 * A personal API token: belongs to one account, stored as the SHA-256 hash of its secret,
 * expires at the date its owner chose, revoked by its owner or when the account's
 * password changes.
 */
@Table("api_token")
class ApiToken {

	/** Every token starts so, which makes leaked tokens easy to find in logs and code. */
	public static final String PREFIX = "syn_";

	@Id
	private final UUID id;

	private final UUID accountId;

	private final String name;

	private final String tokenHash;

	private final String prefix;

	private final Instant createdAt;

	private final Instant expiresAt;

	private @Nullable Instant lastUsedAt;

	private @Nullable Instant revokedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	ApiToken(UUID id, UUID accountId, String name, String tokenHash, String prefix, Instant createdAt,
			Instant expiresAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt, @Nullable Long version) {
		this.id = id;
		this.accountId = accountId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.prefix = prefix;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
		this.lastUsedAt = lastUsedAt;
		this.revokedAt = revokedAt;
		this.version = version;
	}

	static ApiToken issue(UUID accountId, String name, String secret, Instant expiresAt, Instant now) {
		return new ApiToken(UUID.randomUUID(), accountId, name.trim(), SecretTokens.hash(secret),
				secret.substring(0, PREFIX.length() + 6), now, expiresAt, null, null, null);
	}

	void revoke(Instant now) {
		if (this.revokedAt != null) {
			throw new RuleViolationException("token.rule.already-revoked");
		}
		this.revokedAt = now;
	}

	boolean isUsable(Instant now) {
		return this.revokedAt == null && this.expiresAt.isAfter(now);
	}

	UUID accountId() {
		return this.accountId;
	}

	UUID id() {
		return this.id;
	}

	ApiTokenView view() {
		return new ApiTokenView(this.id, this.name, this.prefix, this.createdAt, this.expiresAt, this.lastUsedAt,
				this.revokedAt);
	}

}
