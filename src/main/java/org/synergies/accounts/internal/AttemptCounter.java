package org.synergies.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts attempts per subject (an address typed, a client) in the database, so that every
 * application node sees the same counts. A window opens at the first attempt and lasts
 * its given duration; the next attempt after it starts a new window.
 * <p>
 * Counting is one row per subject, created if missing and then incremented by a single
 * {@code UPDATE}: the database serialises concurrent increments on the row lock, so none
 * is lost, and each caller reads the count its own attempt made (the lock is held until
 * its transaction ends). The SQL runs unchanged on H2 and PostgreSQL.
 */
@Component
class AttemptCounter {

	/** Counts older than this are forgotten; longer than any window. */
	static final Duration KEPT = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	AttemptCounter(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Counts one attempt of the subject.
	 * @return the number of attempts in the current window, this one included
	 */
	int count(String subject, Duration window) {
		OffsetDateTime now = now();
		// the row may go between the insert and the update (the hourly clean-up): then
		// insert it again
		for (int tries = 0; tries < 3; tries++) {
			this.jdbc
				.sql("INSERT INTO attempt_counter (subject, attempts, window_started_at) VALUES (:subject, 0, :now) "
						+ "ON CONFLICT DO NOTHING")
				.param("subject", subject)
				.param("now", now)
				.update();
			int counted = this.jdbc
				.sql("""
						UPDATE attempt_counter
						SET attempts = CASE WHEN window_started_at > :windowStart THEN attempts + 1 ELSE 1 END,
						    window_started_at = CASE WHEN window_started_at > :windowStart THEN window_started_at ELSE :now END
						WHERE subject = :subject
						""")
				.param("subject", subject)
				.param("windowStart", now.minus(window))
				.param("now", now)
				.update();
			if (counted == 1) {
				return this.jdbc.sql("SELECT attempts FROM attempt_counter WHERE subject = :subject")
					.param("subject", subject)
					.query(Integer.class)
					.single();
			}
		}
		throw new IllegalStateException("The attempts of " + subject + " could not be counted");
	}

	/** Takes back one attempt (it turned out not to be a failure). */
	void giveBack(String subject) {
		this.jdbc.sql("UPDATE attempt_counter SET attempts = attempts - 1 WHERE subject = :subject AND attempts > 0")
			.param("subject", subject)
			.update();
	}

	/**
	 * Forgets every attempt of the subject. The row stays (at zero): deleted, it could
	 * vanish under a concurrent {@link #count} between its insert and its update.
	 */
	void forget(String subject) {
		this.jdbc.sql("UPDATE attempt_counter SET attempts = 0 WHERE subject = :subject")
			.param("subject", subject)
			.update();
	}

	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.HOURS)
	@Transactional
	void forgetOldAttempts() {
		this.jdbc.sql("DELETE FROM attempt_counter WHERE window_started_at < :before")
			.param("before", now().minus(KEPT))
			.update();
	}

	private OffsetDateTime now() {
		return Instant.now(this.clock).atOffset(ZoneOffset.UTC);
	}

}
