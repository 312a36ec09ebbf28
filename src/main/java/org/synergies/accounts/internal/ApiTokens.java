package org.synergies.accounts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface ApiTokens extends CrudRepository<ApiToken, UUID> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByAccountIdOrderByCreatedAtDesc(UUID accountId);

	/**
	 * Records use at most once a minute per token, to spare the database a write per
	 * call.
	 */
	@Modifying
	@Query("UPDATE api_token SET last_used_at = :now WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :aMinuteAgo)")
	void touch(UUID id, Instant now, Instant aMinuteAgo);

	/** Revokes every token of the account still in force; how many were. */
	@Modifying
	@Query("UPDATE api_token SET revoked_at = :now, version = version + 1 WHERE account_id = :account AND revoked_at IS NULL AND expires_at > :now")
	int revokeAll(UUID account, Instant now);

}
