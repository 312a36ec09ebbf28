package org.synergies.system;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What a person and an orchestrator see when the database fails: the sign-in page says
 * the server could not check the password (not that it was wrong), and readiness is DOWN.
 * Breaks its own database, hence a context of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
@TestMethodOrder(OrderAnnotation.class)
class DatabaseFailureTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts fixtures;

	@Autowired
	DataSource dataSource;

	@Test
	@Order(1)
	void aSignInTheDatabaseCouldNotCheckSaysSoInTheReadersLanguage() {
		AccountView officer = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		JdbcClient sql = JdbcClient.create(this.dataSource);
		sql.sql("ALTER TABLE account RENAME TO account_unreachable").update();
		try {
			assertThat(this.mvc.post()
				.uri("/login")
				.param("email", officer.email())
				.param("password", TestAccounts.PASSWORD)
				.with(csrf())).hasRedirectedUrl("/login?unavailable");
		}
		finally {
			sql.sql("ALTER TABLE account_unreachable RENAME TO account").update();
		}
		assertThat(this.mvc.get().uri("/login?unavailable").header("Accept-Language", "fr")).hasStatusOk()
			.bodyText()
			.contains("Le service n’a pas pu vérifier votre mot de passe pour le moment")
			.doesNotContain("n’est pas correct");
		assertThat(this.mvc.get().uri("/login?unavailable").header("Accept-Language", "es")).bodyText()
			.contains("El servicio no ha podido comprobar su contraseña en este momento");
		assertThat(this.mvc.post()
			.uri("/login")
			.param("email", officer.email())
			.param("password", "not the password")
			.with(csrf())).as("a wrong password is still a wrong password").hasRedirectedUrl("/login?error");
	}

	@Test
	@Order(2)
	void readinessIsDownWhileTheDatabaseCannotBeReached() throws Exception {
		assertThat(this.mvc.get().uri("/actuator/health/readiness")).hasStatusOk();

		this.dataSource.unwrap(HikariDataSource.class).close();

		assertThat(this.mvc.get().uri("/actuator/health/readiness")).hasStatus(503)
			.bodyText()
			.contains("\"status\":\"DOWN\"");
		assertThat(this.mvc.get().uri("/actuator/health/liveness")).as("alive: restarting would not help")
			.hasStatusOk();
	}

}
