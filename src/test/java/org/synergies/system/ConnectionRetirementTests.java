package org.synergies.system;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The connection pool retires its connections (Hikari's max-lifetime, 30 minutes by
 * default): signing in and writing must still work afterwards. With H2 2.4.240 every
 * {@code CHECK} constraint that compares strings stays bound to the session that created
 * it, so once the pool closed the connection Flyway migrated with, every write to those
 * tables failed (docs/adr/0005-h2-version.md).
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class ConnectionRetirementTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts fixtures;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DataSource dataSource;

	@Test
	void signInAndWritesWorkAfterThePoolHasRetiredEveryConnection() throws Exception {
		AccountView officer = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		String token = this.fixtures.apiToken(officer);

		retireEveryConnection();

		assertThat(this.mvc.post()
			.uri("/login")
			.param("email", officer.email())
			.param("password", TestAccounts.PASSWORD)
			.with(csrf())).hasRedirectedUrl("/");
		assertThat(this.accounts.find(officer.id()).orElseThrow().lastSignInAt()).isNotNull();
		assertThat(this.mvc.post()
			.uri("/api/v1/organizations")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"officialName": "Long Day Society %s", "kind": "NATIONAL_NGO", "headquarters": "KE"}"""
				.formatted(officer.id())))
			.hasStatus(201);
		assertThat(this.fixtures.active(Language.FR, Role.ORGANIZATION_MEMBER).status().name()).isEqualTo("ACTIVE");
	}

	/**
	 * As max-lifetime does, but now: every connection is closed once idle, and the test
	 * waits until the database has seen all of them go.
	 */
	private void retireEveryConnection() throws Exception {
		Set<String> before = new HashSet<>(sessions());
		this.dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		Set<String> remaining = new HashSet<>(before);
		while (Instant.now().isBefore(deadline)) {
			remaining.retainAll(sessions());
			if (remaining.isEmpty()) {
				return;
			}
			sleep();
		}
		throw new AssertionError("The pool did not close its connections: " + remaining + " of " + before);
	}

	private List<String> sessions() {
		String sql = TestEnvironment.onPostgres()
				? "SELECT CAST(pid AS VARCHAR) FROM pg_stat_activity WHERE datname = current_database()"
				: "SELECT CAST(session_id AS VARCHAR) FROM information_schema.sessions";
		return JdbcClient.create(this.dataSource).sql(sql).query(String.class).list();
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
