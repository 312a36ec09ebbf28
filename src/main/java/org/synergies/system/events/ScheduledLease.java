package org.synergies.system.events;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.system.JobLease;

/**
 * A job's lease in the shared database: whoever moves {@code held_until} forward first
 * holds it; a second node finds it held and skips its turn. A node that dies keeps the
 * lease only until it ends.
 */
@Component
class ScheduledLease implements JobLease {

	private final String node = UUID.randomUUID().toString();

	private final JdbcClient jdbc;

	private final Clock clock;

	ScheduledLease(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Takes the lease for this long if nobody holds it; {@code false} when another node
	 * does.
	 */
	@Override
	@Transactional
	public boolean take(String name, Duration length) {
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		return this.jdbc.sql("""
				UPDATE scheduled_lease SET held_until = :until, held_by = :node
				WHERE name = :name AND (held_until < :now OR held_by = :node)
				""")
			.param("until", now.plus(length))
			.param("node", this.node)
			.param("name", name)
			.param("now", now)
			.update() == 1;
	}

}
