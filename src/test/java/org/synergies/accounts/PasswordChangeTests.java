package org.synergies.accounts;

import org.synergies.accounts.internal.AccountAccess;
import java.util.Arrays;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.synergies.messaging.Outbox;
import org.synergies.messaging.SentMail;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Whoever knew the old password is shut out when it changes: the account's other sessions
 * end, its API tokens are revoked, and the person is told so on the page and by e-mail.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class PasswordChangeTests {

	static final String NEW_PASSWORD = "a brand new pass phrase";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts fixtures;

	@Autowired
	AccountAccess access;

	@Autowired
	Outbox outbox;

	@Autowired
	PersonalTokens tokens;

	@Test
	void changingThePasswordEndsTheOtherSessionsKeepsThisOneAndRevokesTheTokens() {
		AccountView account = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		Cookie here = signIn(account.email(), TestAccounts.PASSWORD);
		Cookie elsewhere = signIn(account.email(), TestAccounts.PASSWORD);
		String token = this.fixtures.apiToken(account);
		assertThat(this.mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token)).hasStatusOk();

		assertThat(this.mvc.post()
			.uri("/account/password")
			.cookie(here)
			.param("currentPassword", TestAccounts.PASSWORD)
			.param("password", NEW_PASSWORD)
			.param("confirmation", NEW_PASSWORD)
			.with(csrf())).hasRedirectedUrl("/account?passwordChanged");

		assertThat(this.mvc.get().uri("/account?passwordChanged").cookie(here)).hasStatusOk()
			.bodyText()
			.contains("Your other sessions have been signed out and your API tokens revoked");
		assertThat(this.mvc.get().uri("/account").cookie(elsewhere)).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
		assertThat(this.mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token)).hasStatus(401);
		assertThat(this.tokens.of(account.id())).allSatisfy(view -> assertThat(view.revokedAt()).isNotNull());
		assertThat(notice(account)).satisfies(mail -> {
			assertThat(mail.body()).contains("Every other session of your account has been signed out",
					"Your API tokens have been revoked");
		});
	}

	@Test
	void resettingThePasswordEndsEverySessionAndRevokesTheTokens() {
		AccountView account = this.fixtures.active(Language.ES, Role.SECRETARIAT_OFFICER);
		Cookie session = signIn(account.email(), TestAccounts.PASSWORD);
		String token = this.fixtures.apiToken(account);
		this.access.requestPasswordReset(account.email(), "10.3.0.1");

		assertThat(this.mvc.post()
			.uri("/password/reset")
			.param("token", this.fixtures.linkToken(account.email()))
			.param("password", NEW_PASSWORD)
			.param("confirmation", NEW_PASSWORD)
			.with(csrf())).hasRedirectedUrl("/login?reset");

		assertThat(this.mvc.get().uri("/account").cookie(session)).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
		assertThat(this.mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token)).hasStatus(401);
		assertThat(this.mvc.get().uri("/login?reset").header("Accept-Language", "es")).bodyText()
			.contains("se han cerrado todas las sesiones y se han revocado sus tokens de API");
		assertThat(notice(account)).extracting(SentMail::body).asString().contains("Se han revocado sus tokens de API");
	}

	/** The password-changed notice, written after commit by a listener. */
	private SentMail notice(AccountView account) {
		return await()
			.until(() -> this.outbox.sentTo(account.email())
				.stream()
				.filter(mail -> mail.template().equals("password-changed"))
				.toList(), mails -> !mails.isEmpty())
			.get(0);
	}

	private Cookie signIn(String email, String password) {
		MvcTestResult result = this.mvc.post()
			.uri("/login")
			.param("email", email)
			.param("password", password)
			.with(csrf())
			.exchange();
		assertThat(result).hasRedirectedUrl("/");
		// SYNERGIES_SESSION in a servlet container; MockMvc keeps Spring Session's
		// default
		// name
		return Arrays.stream(result.getResponse().getCookies())
			.filter(cookie -> cookie.getName().endsWith("SESSION"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie"));
	}

}
