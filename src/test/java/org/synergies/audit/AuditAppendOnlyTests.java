package org.synergies.audit;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.synergies.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On PostgreSQL the application's own database role cannot rewrite history: the schema is
 * migrated by an owner role and the application connects as a role that may only insert
 * and read audit rows (the test environment sets both up as docs/operations.md says).
 */
@SpringBootTest
@DatabaseTest
@EnabledIfSystemProperty(named = "synergies.test.database", matches = "postgresql")
class AuditAppendOnlyTests {

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Value("${spring.flyway.user}")
	String owner;

	@Test
	void theApplicationRoleOwnsNothingAndIsNotTheOwner() {
		String application = this.jdbc.sql("SELECT current_user").query(String.class).single();
		assertThat(application).isNotEqualTo(this.owner);
		assertThat(this.jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
			.query(Boolean.class)
			.single()).isFalse();
		assertThat(this.jdbc.sql("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_event'")
			.query(String.class)
			.single()).isEqualTo(this.owner);
		assertThat(this.jdbc.sql("SELECT count(*) FROM pg_tables WHERE tableowner = current_user")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theApplicationRoleCanInsertAndReadButNeitherUpdateDeleteNorTruncateAuditRows() {
		UUID id = UUID.randomUUID();
		this.transactions
			.executeWithoutResult(status -> this.audit.record("thing", id, "created", null, Map.of("a", 1)));

		assertRefused("UPDATE audit_event SET actor_name = 'someone else' WHERE entity_id = '" + id + "'");
		assertRefused("DELETE FROM audit_event WHERE entity_id = '" + id + "'");
		assertRefused("TRUNCATE audit_event");

		assertThat(this.audit.historyOf("thing", id)).singleElement()
			.satisfies(entry -> assertThat(entry.actorName()).isEqualTo("system"));
	}

	@Test
	void theApplicationRoleCanNeitherDisableNorDropTheTriggerOrTheTable() {
		assertRefused("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
		assertRefused("ALTER TABLE audit_event DISABLE TRIGGER ALL");
		assertRefused("DROP TRIGGER audit_event_append_only ON audit_event");
		assertRefused("DROP FUNCTION audit_event_is_append_only() CASCADE");
		assertRefused("DROP TABLE audit_event");
		assertRefused("ALTER TABLE audit_event OWNER TO current_user");
		// PostgreSQL only warns that nothing was granted
		this.jdbc.sql("GRANT UPDATE, DELETE, TRUNCATE ON audit_event TO current_user").update();
		assertRefused("DELETE FROM audit_event");

		assertThat(this.jdbc.sql("SELECT tgenabled FROM pg_trigger WHERE tgname = 'audit_event_append_only'")
			.query(String.class)
			.single()).isEqualTo("O");
	}

	@Test
	void theApplicationRoleCanStillWriteTheOtherTables() {
		assertThat(this.jdbc.sql("""
				SELECT has_table_privilege('organization', 'INSERT, UPDATE, DELETE')
				   AND has_table_privilege('audit_chain_head', 'UPDATE')
				   AND has_table_privilege('audit_event', 'INSERT, SELECT')
				   AND NOT has_table_privilege('audit_event', 'UPDATE')
				   AND NOT has_table_privilege('audit_event', 'DELETE')
				   AND NOT has_table_privilege('audit_event', 'TRUNCATE')
				   AND NOT has_table_privilege('flyway_schema_history', 'INSERT')
				""").query(Boolean.class).single()).isTrue();
	}

	private void assertRefused(String sql) {
		assertThatThrownBy(() -> this.transactions.executeWithoutResult(status -> this.jdbc.sql(sql).update())).as(sql)
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageMatching("(?s).*(permission denied|must be owner|must be able to SET ROLE).*");
	}

}
