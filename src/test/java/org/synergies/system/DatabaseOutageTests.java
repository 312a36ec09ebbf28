package org.synergies.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that cannot be reached (here: a pool that gives no connection, as Hikari
 * does when its wait runs out) is answered at once with 503 and Retry-After, in the
 * caller's language, by the API, by pages, through the token and session filters, and
 * readiness says DOWN; once the database is back, everything works again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DatabaseOutageTests.Unpluggable.class)
class DatabaseOutageTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts fixtures;

	@Autowired
	DataSource dataSource;

	final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void plugBackIn() {
		unplug(false);
	}

	@Test
	void whileTheDatabaseIsAwayTheApiAnswers503InTheCallersLanguage() throws Exception {
		AccountView officer = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		String token = this.fixtures.apiToken(officer);
		unplug(true);

		HttpResponse<String> read = send(request("/api/v1/organizations", "fr").GET());
		assertUnavailable(read);
		assertThat(read.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(read.body()).contains("\"status\":503", "\"title\":\"Service indisponible\"",
				"La base de données est inaccessible pour le moment", "urn:synergies:problem:unavailable");

		// the token is looked up in the database before any controller runs
		HttpResponse<String> write = send(
				request("/api/v1/organizations", "es").header("Authorization", "Bearer " + token)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers
						.ofString("{\"officialName\":\"Outage Trust\",\"kind\":\"NATIONAL_NGO\"}")));
		assertUnavailable(write);
		assertThat(write.body()).contains("\"title\":\"Servicio no disponible\"");

		unplug(false);
		HttpResponse<String> again = send(
				request("/api/v1/organizations", "fr").header("Authorization", "Bearer " + token)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers
						.ofString("{\"officialName\":\"Outage Trust\",\"kind\":\"NATIONAL_NGO\"}")));
		assertThat(again.statusCode()).isEqualTo(201);
	}

	@Test
	void whileTheDatabaseIsAwayABrowserGetsAPlainPageInItsLanguage() throws Exception {
		unplug(true);

		HttpResponse<String> page = send(request("/organizations", "fr").header("Accept", "text/html").GET());
		assertUnavailable(page);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("<html lang=\"fr\">", "Synergies est momentanément indisponible", "Réessayer");

		// a signed-in reader's session is looked up in the database first
		HttpResponse<String> signedIn = send(request("/", "es").header("Accept", "text/html")
			.header("Cookie", "SYNERGIES_SESSION=ZGU2ZjE2YzQtZmIwMy00YjM4LWI2ZTItYjNkYzk3ZDlkYTVh")
			.GET());
		assertUnavailable(signedIn);
		assertThat(signedIn.body()).contains("Synergies no está disponible momentáneamente");

		unplug(false);
		assertThat(send(request("/organizations", "fr").header("Accept", "text/html").GET()).statusCode())
			.isEqualTo(200);
	}

	@Test
	void readinessSaysDownWhileTheDatabaseIsAway() throws Exception {
		assertThat(send(request("/actuator/health/readiness", "en").GET()).statusCode()).isEqualTo(200);
		unplug(true);

		HttpResponse<String> readiness = send(request("/actuator/health/readiness", "en").GET());
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(readiness.body()).contains("\"status\":\"DOWN\"");

		unplug(false);
		assertThat(send(request("/actuator/health/readiness", "en").GET()).body()).contains("\"status\":\"UP\"");
	}

	private static void assertUnavailable(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
	}

	private void unplug(boolean away) {
		((Unpluggable.Plug) this.dataSource).away = away;
	}

	/**
	 * While the database is away, an answer must come within two seconds; once it is
	 * back, a page may take its usual time.
	 */
	private HttpRequest.Builder request(String path, String language) {
		boolean away = ((Unpluggable.Plug) this.dataSource).away;
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(away ? 2 : 30))
			.header("Accept-Language", language);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Unpluggable {

		@Bean
		static BeanPostProcessor unpluggableDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return bean instanceof DataSource dataSource && !(bean instanceof Plug) ? new Plug(dataSource)
							: bean;
				}
			};
		}

		/** The application's pool, which can be made to give no connection. */
		static class Plug extends DelegatingDataSource {

			volatile boolean away;

			Plug(DataSource pool) {
				super(pool);
			}

			@Override
			public Connection getConnection() throws SQLException {
				if (this.away) {
					throw new SQLTransientConnectionException(
							"HikariPool-1 - Connection is not available, request timed out after 1500ms");
				}
				return super.getConnection();
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				return getConnection();
			}

		}

	}

}
