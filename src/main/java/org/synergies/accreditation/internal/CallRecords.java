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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.synergies.accreditation.CallView;

@Component
public class CallRecords {

	private static final String SELECT = """
			SELECT c.id, c.process_id, p.number, c.opens_on, c.closes_on, c.invitations_sent_at
			FROM application_call c JOIN accreditation_process p ON p.id = c.process_id
			""";

	private final JdbcClient jdbc;

	CallRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<CallView> all() {
		return this.jdbc.sql(SELECT + " ORDER BY c.opens_on DESC").query(CallRecords::call).list();
	}

	public Optional<CallView> find(UUID id) {
		return this.jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(CallRecords::call).optional();
	}

	public void insert(CallView call, Instant now) {
		this.jdbc.sql("""
				INSERT INTO application_call (id, process_id, opens_on, closes_on, created_at)
				VALUES (:id, :process, :opensOn, :closesOn, :now)
				""")
			.param("id", call.id())
			.param("process", call.process())
			.param("opensOn", call.opensOn())
			.param("closesOn", call.closesOn())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	public void invitationsSent(UUID id, Instant now) {
		this.jdbc.sql("UPDATE application_call SET invitations_sent_at = :now WHERE id = :id")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update();
	}

	private static CallView call(ResultSet rs, int row) throws SQLException {
		OffsetDateTime sent = rs.getObject("invitations_sent_at", OffsetDateTime.class);
		return new CallView(rs.getObject("id", UUID.class), rs.getObject("process_id", UUID.class), rs.getInt("number"),
				rs.getObject("opens_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class),
				sent == null ? null : sent.toInstant());
	}

}
