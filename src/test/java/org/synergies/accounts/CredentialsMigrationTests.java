package org.synergies.accounts;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestEnvironment;
import org.synergies.support.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What a database made before these rules holds is brought under them by its migration:
 * tokens made before every token had to expire get the default lifetime from then (and
 * never more than the maximum); links kept readable in the outbox are blanked out.
 */
@DatabaseTest
class CredentialsMigrationTests {

	@Test
	void tokensGetAnExpiryAndKeptLinksAreBlankedOut() {
		String[] database = TestEnvironment.onPostgres() ? TestPostgres.newDatabase()
				: TestEnvironment.sharedDatabase();
		// one connection throughout: H2 2.4.240 cannot check a constraint on a connection
		// other than the one that created it once that one is closed
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(database[0], database[1], database[2],
				true);
		try {
			String vendor = TestEnvironment.onPostgres() ? "postgresql" : "h2";
			migrate(dataSource, vendor, "8.4"); // the last migration before issue 9
			JdbcClient jdbc = JdbcClient.create(dataSource);
			UUID account = UUID.randomUUID();
			OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
			jdbc.sql(
					"""
							INSERT INTO account (id, email, email_key, display_name, language, status, created_at, updated_at, version)
							VALUES (:id, 'old@example.org', 'old@example.org', 'Old', 'EN', 'ACTIVE', :now, :now, 0)
							""")
				.param("id", account)
				.param("now", now)
				.update();
			UUID forever = token(jdbc, account, "forever", null, now);
			UUID decade = token(jdbc, account, "decade", now.plusYears(10), now);
			UUID week = token(jdbc, account, "week", now.plusDays(7), now);
			UUID sent = mail(jdbc, "SENT",
					"Follow this link:\n\nhttps://synergies.example/invitation?token=Abc_12-x\n\nBye");
			UUID waiting = mail(jdbc, "PENDING", "Follow:\nhttp://localhost:8080/password/reset?token=zz9\n");

			migrate(dataSource, vendor, "latest");

			assertThat(jdbc.sql("SELECT body FROM outbound_mail WHERE id = :id")
				.param("id", sent)
				.query(String.class)
				.single()).isEqualTo("Follow this link:\n\n{{secret:link}}\n\nBye");
			assertThat(jdbc.sql("SELECT status FROM outbound_mail WHERE id = :id")
				.param("id", waiting)
				.query(String.class)
				.single()).as("it would go out without its link").isEqualTo("FAILED");
			assertThat(jdbc.sql("SELECT count(*) FROM outbound_mail WHERE body LIKE '%token=%'")
				.query(Long.class)
				.single()).isZero();

			assertThat(expiry(jdbc, forever)).isCloseTo(now.plusDays(90), within(Duration.ofMinutes(5)));
			assertThat(expiry(jdbc, decade)).isCloseTo(now.plusDays(365), within(Duration.ofMinutes(5)));
			assertThat(expiry(jdbc, week)).isCloseTo(now.plusDays(7), within(Duration.ofSeconds(1)));
		}
		finally {
			dataSource.destroy();
			if (TestEnvironment.onPostgres()) {
				TestPostgres.drop(database[0]);
			}
		}
	}

	private static void migrate(DataSource dataSource, String vendor, String target) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/common", "classpath:db/" + vendor)
			.target(target)
			// one role here: the audit trail's grants callback has nothing to grant
			.placeholders(Map.of("application_role", ""))
			.load()
			.migrate();
	}

	private static UUID token(JdbcClient jdbc, UUID account, String name, OffsetDateTime expiresAt,
			OffsetDateTime now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO api_token (id, account_id, name, token_hash, prefix, created_at, expires_at, version)
				VALUES (:id, :account, :name, :hash, 'syn_abcdef', :now, :expires, 0)
				""")
			.param("id", id)
			.param("account", account)
			.param("name", name)
			.param("hash", name + "-" + id)
			.param("now", now)
			.param("expires", expiresAt, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.update();
		return id;
	}

	private static UUID mail(JdbcClient jdbc, String status, String body) {
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						INSERT INTO outbound_mail (id, created_at, recipient, language, template, subject, body, status, attempts)
						VALUES (:id, :now, 'old@example.org', 'EN', :template, 'Subject', :body, :status, 0)
						""")
			.param("id", id)
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.param("template", status.equals("SENT") ? "invitation" : "password-reset")
			.param("body", body)
			.param("status", status)
			.update();
		return id;
	}

	private static OffsetDateTime expiry(JdbcClient jdbc, UUID token) {
		return jdbc.sql("SELECT expires_at FROM api_token WHERE id = :id")
			.param("id", token)
			.query(OffsetDateTime.class)
			.single();
	}

}
