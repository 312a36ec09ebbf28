package org.synergies.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.synergies.SynergiesApplication;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes over one database, as in production behind a load balancer: a
 * person signed in on one node is signed in on the other, and signing out on either ends
 * the session on both.
 */
@DatabaseTest
class SharedSessionTests {

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startTwoNodes() {
		String[] database = TestEnvironment.sharedDatabase();
		nodeA = start(database);
		nodeB = start(database);
	}

	@AfterAll
	static void stopNodes() {
		nodeB.close();
		nodeA.close();
	}

	@Test
	void aSessionStartedOnOneNodeWorksOnTheOther() throws Exception {
		AccountView officer = nodeA.getBean(TestAccounts.class).active(Language.EN, Role.SECRETARIAT_OFFICER);

		String session = signIn(nodeA, officer.email());

		HttpResponse<String> onB = get(nodeB, "/account", session);
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains(officer.email());

		HttpResponse<String> signOut = post(nodeB, "/logout", session, csrfOf(onB.body()));
		assertThat(signOut.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?signedOut"));
		assertThat(get(nodeA, "/account", session).statusCode()).as("signed out everywhere").isEqualTo(302);
	}

	private String signIn(ConfigurableApplicationContext node, String email) throws Exception {
		HttpResponse<String> form = get(node, "/login", null);
		String session = sessionCookie(form);
		HttpResponse<String> signedIn = post(node, "/login", session,
				csrfOf(form.body()) + "&email=" + email + "&password=" + TestAccounts.PASSWORD.replace(" ", "+"));
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		return sessionCookie(signedIn);
	}

	private static ConfigurableApplicationContext start(String[] database) {
		return new SpringApplicationBuilder(SynergiesApplication.class).run("--server.port=0",
				"--" + TestEnvironment.OWN_DATABASE + "=true", "--spring.datasource.url=" + database[0],
				"--spring.datasource.username=" + database[1], "--spring.datasource.password=" + database[2]);
	}

	private HttpResponse<String> get(ConfigurableApplicationContext node, String path, String session)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path));
		if (session != null) {
			request.header("Cookie", session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(ConfigurableApplicationContext node, String path, String session, String form)
			throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(node, path))
			.header("Cookie", session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext node, String path) {
		int port = ((WebServerApplicationContext) node).getWebServer().getPort();
		return URI.create("http://localhost:" + port + path);
	}

	private static String sessionCookie(HttpResponse<String> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream()
			.filter(cookie -> cookie.startsWith("SYNERGIES_SESSION="))
			.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
	}

	private static String csrfOf(String html) {
		Matcher matcher = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"").matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("no CSRF field in the page");
		}
		return "_csrf=" + matcher.group(1);
	}

}
