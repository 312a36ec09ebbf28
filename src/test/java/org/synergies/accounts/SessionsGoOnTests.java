package org.synergies.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody is signed out because of someone else's request: when an administrator changes a
 * person's roles, the person's session goes on with what is true now. Disabling the
 * account still ends it, as it must.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@DatabaseTest
class SessionsGoOnTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AccountManagement management;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aRoleChangedByAnAdministratorTakesEffectWithoutSigningThePersonOut() throws Exception {
		AccountView admin = this.accounts.active(Language.EN, Role.SECRETARIAT_ADMIN);
		AccountView person = this.accounts.active(Language.EN);
		String session = signIn(person.email());
		assertThat(get("/organizations/new", session).statusCode()).isEqualTo(403);

		AccountView officer = TestAccounts.runAs(admin,
				() -> this.management.update(person.id(), person.version(), new AccountDetails(person.email(),
						person.displayName(), Language.EN, Set.of(Role.SECRETARIAT_OFFICER), Set.of(), null)));
		assertThat(get("/account", session).statusCode()).as("still signed in").isEqualTo(200);
		assertThat(get("/organizations/new", session).statusCode()).as("with the new role").isEqualTo(200);

		TestAccounts.runAs(admin, () -> this.management.update(person.id(), officer.version(),
				new AccountDetails(person.email(), person.displayName(), Language.EN, Set.of(), Set.of(), null)));
		assertThat(get("/account", session).statusCode()).as("still signed in").isEqualTo(200);
		assertThat(get("/organizations/new", session).statusCode()).as("without the role taken away").isEqualTo(403);

		TestAccounts.runAs(admin, () -> this.management.disable(person.id()));
		assertThat(get("/account", session).statusCode()).as("a disabled account's sessions end").isEqualTo(302);
	}

	private String signIn(String email) throws Exception {
		HttpResponse<String> form = get("/login", null);
		String session = sessionCookie(form);
		HttpResponse<String> signedIn = post("/login", session,
				csrfOf(form.body()) + "&email=" + email + "&password=" + TestAccounts.PASSWORD.replace(" ", "+"));
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		return sessionCookie(signedIn);
	}

	private HttpResponse<String> get(String path, @Nullable String session) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (session != null) {
			request.header("Cookie", session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String session, String form) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Cookie", session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("SYNERGIES_SESSION="))
			.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie"));
	}

	private static String csrfOf(String html) {
		Matcher matcher = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).as("a CSRF field in the page").isTrue();
		return "_csrf=" + matcher.group(1);
	}

}
