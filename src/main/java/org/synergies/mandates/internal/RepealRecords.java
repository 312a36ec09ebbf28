package org.synergies.mandates.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.synergies.mandates.MandateKind;

/** Which texts are repealed, by which paragraph of which text. */
@Component
public class RepealRecords {

	private final JdbcClient jdbc;

	RepealRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A repeal as stored. */
	public record Repeal(UUID id, UUID repealing, String paragraph, MandateKind repealedKind, String repealedNumber,
			Instant recordedAt) {
	}

	public void insert(Repeal repeal) {
		this.jdbc.sql("""
				INSERT INTO mandate_repeal (id, repealing_mandate_id, paragraph_number, repealed_kind,
				    repealed_number, recorded_at)
				VALUES (:id, :repealing, :paragraph, :kind, :number, :recordedAt)
				""")
			.param("id", repeal.id())
			.param("repealing", repeal.repealing())
			.param("paragraph", repeal.paragraph())
			.param("kind", repeal.repealedKind().name())
			.param("number", repeal.repealedNumber())
			.param("recordedAt", repeal.recordedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	public Optional<Repeal> of(MandateKind kind, String number) {
		return query("WHERE repealed_kind = :kind AND repealed_number = :number", kind.name(), number).stream()
			.findFirst();
	}

	public List<Repeal> by(UUID repealing) {
		return this.jdbc.sql(SELECT + " WHERE repealing_mandate_id = :repealing ORDER BY recorded_at, repealed_number")
			.param("repealing", repealing)
			.query(RepealRecords::repeal)
			.list();
	}

	public List<Repeal> all() {
		return this.jdbc.sql(SELECT).query(RepealRecords::repeal).list();
	}

	private static final String SELECT = """
			SELECT id, repealing_mandate_id, paragraph_number, repealed_kind, repealed_number, recorded_at
			FROM mandate_repeal""";

	private List<Repeal> query(String where, String kind, String number) {
		return this.jdbc.sql(SELECT + " " + where)
			.param("kind", kind)
			.param("number", number)
			.query(RepealRecords::repeal)
			.list();
	}

	private static Repeal repeal(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Repeal(rs.getObject("id", UUID.class), rs.getObject("repealing_mandate_id", UUID.class),
				rs.getString("paragraph_number"), MandateKind.valueOf(rs.getString("repealed_kind")),
				rs.getString("repealed_number"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
	}

}
