package org.synergies.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bodies, meetings and decisions in the database. Decisions are only ever inserted.
 */
@Component
class MeetingRecords {

	private static final String DECISION_COLUMNS = "id, body_id, meeting_id, procedure, reference, adopted_on, text, corrects, recorded_at, recorded_by";

	private static final String MEETING_QUERY = """
			SELECT m.id, m.body_id, m.code, m.number, m.starts_on, m.ends_on, m.place, m.country, b.instrument
			FROM meeting m JOIN governing_body b ON b.id = m.body_id""";

	private final JdbcClient jdbc;

	MeetingRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<GoverningBody> bodies() {
		return this.jdbc.sql("""
				SELECT b.id, b.kind, b.code, b.name_en, b.name_fr, b.name_es, b.instrument, b.symbol_pattern
				FROM governing_body b JOIN cms_instrument i ON i.code = b.instrument
				ORDER BY i.position, b.position, b.code""").query(MeetingRecords::body).list();
	}

	public Optional<GoverningBody> body(UUID id) {
		return this.jdbc.sql(
				"SELECT id, kind, code, name_en, name_fr, name_es, instrument, symbol_pattern FROM governing_body WHERE id = :id")
			.param("id", id)
			.query(MeetingRecords::body)
			.optional();
	}

	public boolean bodyCodeTaken(String code) {
		return this.jdbc.sql("SELECT count(*) FROM governing_body WHERE lower(code) = lower(:code)")
			.param("code", code)
			.query(Long.class)
			.single() > 0;
	}

	public void insertBody(GoverningBody body) {
		this.jdbc
			.sql("""
					INSERT INTO governing_body (id, kind, code, name_en, name_fr, name_es, position, instrument, symbol_pattern)
					VALUES (:id, :kind, :code, :nameEn, :nameFr, :nameEs, 100, :instrument, :symbolPattern)
					""")
			.param("id", body.id())
			.param("kind", body.kind().name())
			.param("code", body.code())
			.param("nameEn", body.nameEn())
			.param("nameFr", body.nameFr())
			.param("nameEs", body.nameEs())
			.param("instrument", body.instrument())
			.param("symbolPattern", body.symbolPattern())
			.update();
	}

	public List<MeetingView> meetings(@Nullable UUID body) {
		return this.jdbc
			.sql(MEETING_QUERY + (body == null ? "" : " WHERE m.body_id = :body")
					+ " ORDER BY m.starts_on DESC, m.code")
			.params(body == null ? Map.of() : Map.of("body", body))
			.query(MeetingRecords::meeting)
			.list();
	}

	public Optional<MeetingView> meeting(UUID id) {
		return this.jdbc.sql(MEETING_QUERY + " WHERE m.id = :id")
			.param("id", id)
			.query(MeetingRecords::meeting)
			.optional();
	}

	public boolean meetingCodeTaken(String code) {
		return this.jdbc.sql("SELECT count(*) FROM meeting WHERE lower(code) = lower(:code)")
			.param("code", code)
			.query(Long.class)
			.single() > 0;
	}

	public void insertMeeting(MeetingView meeting) {
		this.jdbc.sql("""
				INSERT INTO meeting (id, body_id, code, number, starts_on, ends_on, place, country)
				VALUES (:id, :body, :code, :number, :startsOn, :endsOn, :place, :country)
				""")
			.param("id", meeting.id())
			.param("body", meeting.body())
			.param("code", meeting.code())
			.param("number", meeting.number())
			.param("startsOn", meeting.startsOn())
			.param("endsOn", meeting.endsOn())
			.param("place", meeting.place())
			.param("country", meeting.country())
			.update();
	}

	public List<DecisionView> decisions(@Nullable UUID body, @Nullable UUID meeting) {
		StringBuilder sql = new StringBuilder("SELECT " + DECISION_COLUMNS + " FROM decision WHERE 1 = 1");
		Map<String, Object> parameters = new HashMap<>();
		if (body != null) {
			sql.append(" AND body_id = :body");
			parameters.put("body", body);
		}
		if (meeting != null) {
			sql.append(" AND meeting_id = :meeting");
			parameters.put("meeting", meeting);
		}
		return this.jdbc.sql(sql + " ORDER BY adopted_on DESC, recorded_at DESC")
			.params(parameters)
			.query(MeetingRecords::decision)
			.list();
	}

	public Optional<DecisionView> decision(UUID id) {
		return this.jdbc.sql("SELECT " + DECISION_COLUMNS + " FROM decision WHERE id = :id")
			.param("id", id)
			.query(MeetingRecords::decision)
			.optional();
	}

	public List<DecisionView> corrections(UUID decision) {
		return this.jdbc.sql("SELECT " + DECISION_COLUMNS + " FROM decision WHERE corrects = :id ORDER BY recorded_at")
			.param("id", decision)
			.query(MeetingRecords::decision)
			.list();
	}

	public boolean referenceTaken(String reference) {
		return this.jdbc.sql("SELECT count(*) FROM decision WHERE lower(reference) = lower(:reference)")
			.param("reference", reference)
			.query(Long.class)
			.single() > 0;
	}

	public void insertDecision(DecisionView decision) {
		this.jdbc
			.sql("INSERT INTO decision (" + DECISION_COLUMNS + ") VALUES (:id, :body, :meeting, :procedure, "
					+ ":reference, :adoptedOn, :text, :corrects, :recordedAt, :recordedBy)")
			.param("id", decision.id())
			.param("body", decision.body())
			.param("meeting", decision.meeting())
			.param("procedure", decision.procedure().name())
			.param("reference", decision.reference())
			.param("adoptedOn", decision.adoptedOn())
			.param("text", decision.text())
			.param("corrects", decision.corrects())
			.param("recordedAt", decision.recordedAt().atOffset(ZoneOffset.UTC))
			.param("recordedBy", decision.recordedBy())
			.update();
	}

	private static GoverningBody body(ResultSet rs, int row) throws SQLException {
		return new GoverningBody(rs.getObject("id", UUID.class), BodyKind.valueOf(rs.getString("kind")),
				rs.getString("code"), rs.getString("name_en"), rs.getString("name_fr"), rs.getString("name_es"),
				rs.getString("instrument"), rs.getString("symbol_pattern"));
	}

	private static MeetingView meeting(ResultSet rs, int row) throws SQLException {
		return new MeetingView(rs.getObject("id", UUID.class), rs.getObject("body_id", UUID.class),
				rs.getString("code"), rs.getInt("number"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getString("place"), rs.getString("country"),
				rs.getString("instrument"));
	}

	private static DecisionView decision(ResultSet rs, int row) throws SQLException {
		return new DecisionView(rs.getObject("id", UUID.class), rs.getObject("body_id", UUID.class),
				rs.getObject("meeting_id", UUID.class), DecisionProcedure.valueOf(rs.getString("procedure")),
				rs.getString("reference"), rs.getObject("adopted_on", LocalDate.class), rs.getString("text"),
				rs.getObject("corrects", UUID.class), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				rs.getString("recorded_by"));
	}

}
