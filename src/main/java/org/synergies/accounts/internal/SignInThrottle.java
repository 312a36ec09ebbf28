package org.synergies.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@value #PER_ADDRESS} failed sign-ins for one
 * e-mail address, or {@value #PER_CLIENT} from one client, within {@link #WINDOW},
 * further attempts are refused until the window has passed. It counts failures by the
 * address typed, whether or not an account has it, so that the answer reveals nothing.
 * Failures live in the database, so every application node sees them.
 */
@Component
class SignInThrottle {

	static final int PER_ADDRESS = 5;

	static final int PER_CLIENT = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	void check(String emailKey, String client) {
		OffsetDateTime since = now().minus(WINDOW);
		long forAddress = this.jdbc
			.sql("SELECT count(*) FROM sign_in_failure WHERE email_key = :key AND failed_at > :since")
			.param("key", emailKey)
			.param("since", since)
			.query(Long.class)
			.single();
		long forClient = this.jdbc
			.sql("SELECT count(*) FROM sign_in_failure WHERE client = :client AND failed_at > :since")
			.param("client", client)
			.param("since", since)
			.query(Long.class)
			.single();
		if (forAddress >= PER_ADDRESS || forClient >= PER_CLIENT) {
			throw new LockedException("Too many failed sign-ins");
		}
	}

	/** Kept even though the sign-in that failed rolls back. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void failed(String emailKey, String client) {
		this.jdbc.sql("INSERT INTO sign_in_failure (id, email_key, client, failed_at) VALUES (:id, :key, :client, :at)")
			.param("id", UUID.randomUUID())
			.param("key", emailKey)
			.param("client", client)
			.param("at", now())
			.update();
	}

	@Transactional
	void succeeded(String emailKey) {
		this.jdbc.sql("DELETE FROM sign_in_failure WHERE email_key = :key").param("key", emailKey).update();
	}

	@Scheduled(fixedDelay = 1, timeUnit = java.util.concurrent.TimeUnit.HOURS)
	@Transactional
	void forgetOldFailures() {
		this.jdbc.sql("DELETE FROM sign_in_failure WHERE failed_at < :before")
			.param("before", now().minus(WINDOW))
			.update();
	}

	private OffsetDateTime now() {
		return Instant.now(this.clock).atOffset(ZoneOffset.UTC);
	}

}
