package org.synergies.accounts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface Accounts extends CrudRepository<Account, UUID> {

	Optional<Account> findByEmailKey(String emailKey);

	@Query("SELECT a.* FROM account a JOIN account_organization m ON m.account_id = a.id WHERE m.organization_id = :organization ORDER BY a.display_name")
	List<Account> findMembersOf(UUID organization);

	@Modifying
	@Query("UPDATE account SET last_sign_in_at = :at WHERE id = :id")
	void recordSignIn(UUID id, Instant at);

	/** Replaces a password hash by a stronger one of the same password. */
	@Modifying
	@Query("UPDATE account SET password_hash = :newHash WHERE id = :id AND password_hash = :oldHash")
	void rehashPassword(UUID id, String oldHash, String newHash);

}
