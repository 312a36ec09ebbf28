package org.synergies.agreements.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the Secretariat was warned of: one row per agreement and meeting, whose key keeps
 * a second warning (from another application node, or a later run) from being written.
 */
@Component
public class ExpiryWarningRecords {

	private final JdbcClient jdbc;

	ExpiryWarningRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** When each agreement was warned of for the meeting. */
	public Map<UUID, Instant> warnedFor(UUID meeting) {
		Map<UUID, Instant> warned = new HashMap<>();
		this.jdbc.sql("SELECT agreement_id, sent_at FROM agreement_expiry_warning WHERE meeting_id = :meeting")
			.param("meeting", meeting)
			.query((rs, row) -> warned.put(rs.getObject("agreement_id", UUID.class),
					rs.getTimestamp("sent_at").toInstant()))
			.list();
		return warned;
	}

	/**
	 * Records the warning; a {@link org.springframework.dao.DuplicateKeyException} when
	 * it was already given.
	 */
	void record(UUID agreement, UUID meeting, LocalDate validUntil, int recipients, Instant now) {
		this.jdbc.sql("""
				INSERT INTO agreement_expiry_warning (agreement_id, meeting_id, valid_until, recipients, sent_at)
				VALUES (:agreement, :meeting, :until, :recipients, :now)""")
			.param("agreement", agreement)
			.param("meeting", meeting)
			.param("until", validUntil)
			.param("recipients", recipients)
			.param("now", Timestamp.from(now))
			.update();
	}

}
