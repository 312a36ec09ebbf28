package org.synergies.audit;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.synergies.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On PostgreSQL the application's own database role cannot rewrite history.
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

	@Test
	void theApplicationCannotUpdateDeleteOrTruncateAuditRows() {
		UUID id = UUID.randomUUID();
		this.transactions
			.executeWithoutResult(status -> this.audit.record("thing", id, "created", null, Map.of("a", 1)));

		assertThatThrownBy(
				() -> this.jdbc.sql("UPDATE audit_event SET actor_name = 'someone else' WHERE entity_id = :id")
					.param("id", id)
					.update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(
				() -> this.jdbc.sql("DELETE FROM audit_event WHERE entity_id = :id").param("id", id).update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("TRUNCATE audit_event").update()).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");

		assertThat(this.audit.historyOf("thing", id)).singleElement()
			.satisfies(entry -> assertThat(entry.actorName()).isEqualTo("system"));
	}

}
