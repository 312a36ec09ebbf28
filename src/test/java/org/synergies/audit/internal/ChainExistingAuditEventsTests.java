package org.synergies.audit.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.synergies.audit.AuditVerification;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestEnvironment;
import org.synergies.support.TestPostgres;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that already has an audit trail when the hash chain arrives gets its rows
 * chained by migration 9.31, in the order they were written, by the owner role.
 */
@DatabaseTest
class ChainExistingAuditEventsTests {

	@Test
	void rowsWrittenBeforeTheChainAreChainedByTheMigration() {
		boolean postgres = TestEnvironment.onPostgres();
		String[] database = postgres ? TestPostgres.newDatabaseWithRoles()
				: new String[] { "jdbc:h2:mem:" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa",
						"", "sa", "" };
		try {
			DriverManagerDataSource owner = new DriverManagerDataSource(database[0], database[3], database[4]);
			flyway(owner, postgres, database[1]).target("9.30").load().migrate();
			JdbcClient asOwner = JdbcClient.create(owner);
			OffsetDateTime start = OffsetDateTime.of(2025, 11, 3, 9, 0, 0, 123_456_000, ZoneOffset.UTC);
			for (int row = 0; row < 3; row++) {
				asOwner.sql("""
						INSERT INTO audit_event (id, occurred_at, actor_name, entity_type, entity_id, action,
						                         after_values)
						VALUES (:id, :at, 'system', 'thing', :entity, 'created', :after)
						""")
					.params(Map.of("id", UUID.randomUUID(), "at", start.plusMinutes(row), "entity", UUID.randomUUID(),
							"after", "{\"n\":" + row + "}"))
					.update();
			}

			flyway(owner, postgres, database[1]).load().migrate();

			JdbcAuditTrail trail = new JdbcAuditTrail(
					JdbcClient.create(new DriverManagerDataSource(database[0], database[1], database[2])),
					JsonMapper.builder().build());
			AuditVerification verification = trail.verify();
			assertThat(verification.intact()).isTrue();
			assertThat(verification.rowsChecked()).isEqualTo(3);
			assertThat(verification.lastPosition()).isEqualTo(3);
			assertThat(asOwner.sql("SELECT after_values FROM audit_event ORDER BY chain_position")
				.query(String.class)
				.list()).containsExactly("{\"n\":0}", "{\"n\":1}", "{\"n\":2}");
		}
		finally {
			if (postgres) {
				TestPostgres.drop(database[0]);
			}
		}
	}

	private static FluentConfiguration flyway(DriverManagerDataSource owner, boolean postgres, String application) {
		return Flyway.configure()
			.dataSource(owner)
			.locations("classpath:db/common", postgres ? "classpath:db/postgresql" : "classpath:db/h2")
			.javaMigrations(new ChainExistingAuditEvents())
			.placeholders(Map.of(ApplicationRoleGrants.PLACEHOLDER, postgres ? application : ""));
	}

}
