package org.synergies.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use links e-mailed to a person: an invitation (valid a week) or a password reset
 * (valid an hour). Only the hash of the secret is stored; issuing a new link of a purpose
 * voids the older ones.
 */
@Component
class AccountLinks {

	enum Purpose {

		INVITATION(Duration.ofDays(7)), PASSWORD_RESET(Duration.ofHours(1));

		private final Duration validity;

		Purpose(Duration validity) {
			this.validity = validity;
		}

		Duration validity() {
			return this.validity;
		}

	}

	private final JdbcClient jdbc;

	AccountLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the secret to put in the link
	 */
	String issue(UUID account, Purpose purpose, Instant now) {
		voidAll(account, purpose, now);
		String secret = SecretTokens.generate("");
		this.jdbc.sql("""
				INSERT INTO account_link (id, account_id, purpose, token_hash, created_at, expires_at)
				VALUES (:id, :account, :purpose, :hash, :now, :expires)
				""")
			.param("id", UUID.randomUUID())
			.param("account", account)
			.param("purpose", purpose.name())
			.param("hash", SecretTokens.hash(secret))
			.param("now", utc(now))
			.param("expires", utc(now.plus(purpose.validity())))
			.update();
		return secret;
	}

	/** The account a valid, unused, unexpired link belongs to. */
	Optional<UUID> accountFor(String secret, Purpose purpose, Instant now) {
		return this.jdbc.sql("""
				SELECT account_id FROM account_link
				WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
				""")
			.param("hash", SecretTokens.hash(secret))
			.param("purpose", purpose.name())
			.param("now", utc(now))
			.query(UUID.class)
			.optional();
	}

	void voidAll(UUID account, Purpose purpose, Instant now) {
		this.jdbc.sql(
				"UPDATE account_link SET used_at = :now WHERE account_id = :account AND purpose = :purpose AND used_at IS NULL")
			.param("now", utc(now))
			.param("account", account)
			.param("purpose", purpose.name())
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
