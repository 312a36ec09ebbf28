package org.synergies.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages of a test server on a random port, asked for over real HTTP with the session
 * cookie a browser would keep (MockMvc has no stored sessions): for tests of what happens
 * to one person's session when someone else acts.
 */
public final class ServerPages {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final int port;

	public ServerPages(int port) {
		this.port = port;
	}

	/** Signs in through the form with the test password; returns the session cookie. */
	public String signIn(String email) throws IOException, InterruptedException {
		HttpResponse<String> form = get("/login", null);
		String session = sessionCookie(form);
		HttpResponse<String> signedIn = post("/login", session,
				csrfOf(form.body()) + "&email=" + email + "&password=" + TestAccounts.PASSWORD.replace(" ", "+"));
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		return sessionCookie(signedIn);
	}

	public HttpResponse<String> get(String path, @Nullable String session) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (session != null) {
			request.header("Cookie", session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Sends a form, as a browser would, with the session cookie. */
	public HttpResponse<String> post(String path, String session, String form)
			throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Cookie", session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The page's CSRF token as a form parameter ({@code _csrf=…}). */
	public static String csrfOf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF field in the page").isTrue();
		return "_csrf=" + matcher.group(1);
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

}
