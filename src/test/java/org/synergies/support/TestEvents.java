package org.synergies.support;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.awaitility.Awaitility.await;

/**
 * Listeners run after commit, on other threads (e-mail is written by them). A test that
 * reads what they wrote first waits for every event publication to be settled: completed,
 * or failed and waiting for its retry. So "nothing was sent" is checked once the
 * listeners that could have sent it are done, not before they started.
 */
@Component
public class TestEvents {

	private final JdbcClient jdbc;

	TestEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Waits (up to 10 s) until no listener is still to run or running. */
	public void settle() {
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> inFlight() == 0);
	}

	private long inFlight() {
		return this.jdbc
			.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL"
					+ " AND (status IS NULL OR status IN ('PUBLISHED', 'PROCESSING', 'RESUBMITTED'))")
			.query(Long.class)
			.single();
	}

}
