package org.synergies.accreditation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.synergies.accreditation.NonReportingStep.Kind;
import org.synergies.accreditation.NonReportingStep.Outcome;

/**
 * The steps the register took about missed reporting deadlines. A step is written once
 * per occurrence (accreditation, kind, deadline): a second check, on this node or
 * another, finds it written and takes no step.
 */
@Component
public class NonReportingRecords {

	private static final String COLUMNS = """
			SELECT s.id, s.accreditation_id, a.organization_id, s.kind, s.meeting, s.missed_deadline, s.created_at,
			s.outcome, s.decision_id FROM non_reporting_step s JOIN accreditation a ON a.id = s.accreditation_id
			""";

	private final JdbcClient jdbc;

	NonReportingRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A step as stored, before the façade adds names. */
	public record Row(UUID id, UUID accreditation, UUID organization, Kind kind, String meeting, LocalDate deadline,
			Instant createdAt, @Nullable Outcome outcome, @Nullable UUID decision) {
	}

	/**
	 * @return the step, or empty when this occurrence already has one
	 */
	public Optional<Row> take(UUID accreditation, Kind kind, String meeting, LocalDate deadline, String occurrence,
			Instant now) {
		UUID id = UUID.randomUUID();
		int inserted = this.jdbc.sql("""
				INSERT INTO non_reporting_step (id, accreditation_id, kind, meeting, missed_deadline, occurrence,
				created_at) VALUES (:id, :accreditation, :kind, :meeting, :deadline, :occurrence, :now)
				ON CONFLICT DO NOTHING
				""")
			.param("id", id)
			.param("accreditation", accreditation)
			.param("kind", kind.name())
			.param("meeting", meeting)
			.param("deadline", deadline)
			.param("occurrence", occurrence)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
		return inserted == 1 ? find(id) : Optional.empty();
	}

	public Optional<Row> find(UUID id) {
		return this.jdbc.sql(COLUMNS + " WHERE s.id = :id").param("id", id).query(this::row).optional();
	}

	/** Newest first. */
	public List<Row> ofAccreditation(UUID accreditation) {
		return this.jdbc.sql(COLUMNS + " WHERE s.accreditation_id = :accreditation ORDER BY s.created_at DESC")
			.param("accreditation", accreditation)
			.query(this::row)
			.list();
	}

	/** Proposals the Committee has not decided yet, oldest first. */
	public List<Row> open() {
		return this.jdbc.sql(COLUMNS + " WHERE s.kind <> 'WARNING' AND s.outcome IS NULL ORDER BY s.created_at")
			.query(this::row)
			.list();
	}

	/** Closes an open proposal; {@code false} when it was closed meanwhile. */
	public boolean close(UUID id, Outcome outcome, @Nullable UUID decision, Instant now) {
		return this.jdbc.sql("""
				UPDATE non_reporting_step SET outcome = :outcome, decision_id = :decision, decided_at = :now
				WHERE id = :id AND outcome IS NULL
				""")
			.param("outcome", outcome.name())
			.param("decision", decision)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update() == 1;
	}

	/** When the Committee last suspended this accreditation on a proposal. */
	public Optional<LocalDate> suspendedOn(UUID accreditation) {
		return this.jdbc.sql("""
				SELECT decided_at FROM non_reporting_step
				WHERE accreditation_id = :accreditation AND kind = 'SUSPENSION' AND outcome = 'ACCEPTED'
				ORDER BY decided_at DESC
				""")
			.param("accreditation", accreditation)
			.query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toLocalDate())
			.list()
			.stream()
			.findFirst();
	}

	private Row row(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		return new Row(rs.getObject("id", UUID.class), rs.getObject("accreditation_id", UUID.class),
				rs.getObject("organization_id", UUID.class), Kind.valueOf(rs.getString("kind")),
				rs.getString("meeting"), rs.getObject("missed_deadline", LocalDate.class),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				outcome == null ? null : Outcome.valueOf(outcome), rs.getObject("decision_id", UUID.class));
	}

}
