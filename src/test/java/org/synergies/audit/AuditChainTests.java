package org.synergies.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import org.synergies.accounts.Role;
import org.synergies.audit.AuditVerification.Reason;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail is a hash chain: a row altered or removed afterwards, even by the
 * database owner, is found by the verification.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class AuditChainTests {

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts fixtures;

	@Autowired
	Environment environment;

	@Autowired
	DataSource dataSource;

	@Test
	void theApplicationRunsTheMigrationThatChainsExistingRows() {
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM flyway_schema_history WHERE version = '9.31' AND type = 'JDBC' AND success")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anIntactTrailVerifies() {
		UUID first = record();
		record();

		AuditVerification verification = this.audit.verify();
		assertThat(verification.intact()).isTrue();
		assertThat(verification.rowsChecked()).isEqualTo(rowCount()).isEqualTo(verification.lastPosition());
		assertThat(position(first)).isLessThan(verification.lastPosition());
		assertThat(this.mvc.get().uri("/api/v1/admin/audit/verification").header("Authorization", adminToken()))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.intact", value -> assertThat(value).isEqualTo(true))
			.hasPathSatisfying("$.lastHash", value -> assertThat(value).asString().hasSize(64));
	}

	@Test
	void aRowAlteredAfterwardsIsFound() throws Exception {
		record();
		UUID altered = record();
		record();
		long position = position(altered);

		asOwner("UPDATE audit_event SET actor_name = 'someone else' WHERE id = '" + altered + "'");
		try {
			assertThat(this.audit.verify().firstBroken())
				.isEqualTo(new AuditVerification.BrokenLink(position, altered, Reason.ALTERED));
			assertThat(this.mvc.get()
				.uri("/api/v1/admin/audit/verification")
				.header("Authorization", adminToken())
				.header("Accept-Language", "fr")).hasStatus(409)
				.bodyJson()
				.hasPathSatisfying("$.title", value -> assertThat(value).isEqualTo("Piste d’audit rompue"))
				.hasPathSatisfying("$.position", value -> assertThat(value).isEqualTo((int) position))
				.hasPathSatisfying("$.eventId", value -> assertThat(value).isEqualTo(altered.toString()))
				.hasPathSatisfying("$.reason", value -> assertThat(value).isEqualTo("altered"));
		}
		finally {
			asOwner("UPDATE audit_event SET actor_name = 'system' WHERE id = '" + altered + "'");
		}
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void aRowRemovedFromTheMiddleIsFound() throws Exception {
		record();
		UUID removed = record();
		UUID next = record();
		long position = position(removed);

		asOwner("CREATE TABLE removed_audit_event AS SELECT * FROM audit_event WHERE id = '" + removed + "'",
				"DELETE FROM audit_event WHERE id = '" + removed + "'");
		try {
			assertThat(this.audit.verify().firstBroken())
				.isEqualTo(new AuditVerification.BrokenLink(position, next, Reason.REMOVED));
			assertThat(this.mvc.get().uri("/api/v1/admin/audit/verification").header("Authorization", adminToken()))
				.hasStatus(409)
				.bodyJson()
				.hasPathSatisfying("$.detail", value -> assertThat(value).asString().contains("position " + position))
				.hasPathSatisfying("$.reason", value -> assertThat(value).isEqualTo("removed"));
		}
		finally {
			asOwner("INSERT INTO audit_event SELECT * FROM removed_audit_event", "DROP TABLE removed_audit_event");
		}
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void theEndOfTheChainRemovedIsFound() throws Exception {
		UUID last = record();
		long position = position(last);

		asOwner("CREATE TABLE removed_audit_event AS SELECT * FROM audit_event WHERE id = '" + last + "'",
				"DELETE FROM audit_event WHERE id = '" + last + "'");
		try {
			assertThat(this.audit.verify().firstBroken())
				.isEqualTo(new AuditVerification.BrokenLink(position, null, Reason.REMOVED));
		}
		finally {
			asOwner("INSERT INTO audit_event SELECT * FROM removed_audit_event", "DROP TABLE removed_audit_event");
		}
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void concurrentAppendsKeepOneValidChainThatVerifiesAllAlong() throws Exception {
		long before = this.audit.verify().lastPosition();
		ExecutorService writers = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int writer = 0; writer < 8; writer++) {
				done.add(writers.submit(() -> {
					for (int i = 0; i < 10; i++) {
						UUID id = UUID.randomUUID();
						this.transactions.executeWithoutResult(status -> {
							this.audit.record("thing", id, "created", null, Map.of("n", 1));
							this.audit.record("thing", id, "updated", Map.of("n", 1), Map.of("n", 2));
						});
					}
				}));
			}
			while (!done.stream().allMatch(Future::isDone)) {
				assertThat(this.audit.verify().firstBroken()).as("verified while others append").isNull();
			}
			for (Future<?> writer : done) {
				writer.get();
			}
		}
		finally {
			writers.shutdown();
		}

		AuditVerification verification = this.audit.verify();
		assertThat(verification.intact()).isTrue();
		assertThat(verification.lastPosition()).isEqualTo(before + 160).isEqualTo(rowCount());
	}

	private UUID record() {
		UUID id = UUID.randomUUID();
		this.transactions
			.executeWithoutResult(status -> this.audit.record("thing", id, "created", null, Map.of("a", 1)));
		return this.jdbc.sql("SELECT id FROM audit_event WHERE entity_id = :id")
			.param("id", id)
			.query(UUID.class)
			.single();
	}

	private long position(UUID event) {
		return this.jdbc.sql("SELECT chain_position FROM audit_event WHERE id = :id")
			.param("id", event)
			.query(Long.class)
			.single();
	}

	private long rowCount() {
		return this.jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single();
	}

	private String adminToken() {
		return "Bearer " + this.fixtures.apiToken(this.fixtures.active(Language.EN, Role.SECRETARIAT_ADMIN));
	}

	/**
	 * As the schema's owner, who alone may lift the append-only trigger on PostgreSQL:
	 * someone with the database's keys rewriting history.
	 */
	private void asOwner(String... statements) throws SQLException {
		boolean postgres = TestEnvironment.onPostgres();
		try (Connection connection = postgres
				? DriverManager.getConnection(this.environment.getRequiredProperty("spring.datasource.url"),
						this.environment.getRequiredProperty("spring.flyway.user"),
						this.environment.getRequiredProperty("spring.flyway.password"))
				: this.dataSource.getConnection(); Statement statement = connection.createStatement()) {
			if (postgres) {
				statement.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
			}
			for (String sql : statements) {
				statement.execute(sql);
			}
			if (postgres) {
				statement.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
			}
		}
	}

}
