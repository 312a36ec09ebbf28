package org.synergies.accounts.web;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.accounts.ApiTokenView;

/** A personal token as its owner sees it through the API: never its secret. */
record ApiTokenResponse(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt,
		@Nullable Instant lastUsedAt, @Nullable Instant revokedAt, TokenState state) {

	/** What a token's expiry and revocation make of it now. */
	enum TokenState {

		ACTIVE, EXPIRED, REVOKED

	}

	static ApiTokenResponse of(ApiTokenView token, Instant now) {
		TokenState state = token.revokedAt() != null ? TokenState.REVOKED
				: token.isExpired(now) ? TokenState.EXPIRED : TokenState.ACTIVE;
		return new ApiTokenResponse(token.id(), token.name(), token.prefix(), token.createdAt(), token.expiresAt(),
				token.lastUsedAt(), token.revokedAt(), state);
	}

	/** A token just created, with its secret: shown this once. */
	record ApiTokenCreatedResponse(ApiTokenResponse token, String secret) {
	}

}
