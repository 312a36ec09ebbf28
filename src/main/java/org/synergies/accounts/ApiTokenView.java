package org.synergies.accounts;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A personal API token as its owner sees it: never the secret, only its first characters
 * to tell tokens apart.
 */
public record ApiTokenView(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt,
		@Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

	public boolean isActive(Instant now) {
		return this.revokedAt == null && this.expiresAt.isAfter(now);
	}

	/** Expired (and not revoked before): refused with 401, shown as expired. */
	public boolean isExpired(Instant now) {
		return this.revokedAt == null && !this.expiresAt.isAfter(now);
	}

}
