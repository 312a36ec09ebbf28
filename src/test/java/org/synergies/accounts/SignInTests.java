package org.synergies.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@SpringBootTest
@AutoConfigureMockMvc
class SignInTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts fixtures;

	@Autowired
	AccountManagement accounts;

	@Test
	void anActiveAccountSignsInWithItsPasswordInAnyCase() {
		AccountView account = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);

		assertThat(signIn(account.email().toUpperCase(), TestAccounts.PASSWORD, "10.0.0.1")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/");
	}

	@Test
	void wrongPasswordUnknownAddressAndDisabledAccountGetTheSameAnswer() {
		AccountView account = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		AccountView disabled = this.fixtures.active(Language.EN, Role.STANDING_COMMITTEE_MEMBER);
		this.accounts.disable(disabled.id());

		assertThat(signIn(account.email(), "not the password", "10.0.0.2")).hasRedirectedUrl("/login?error");
		assertThat(signIn("nobody-" + account.email(), "whatever it is", "10.0.0.2")).hasRedirectedUrl("/login?error");
		assertThat(signIn(disabled.email(), TestAccounts.PASSWORD, "10.0.0.2")).hasRedirectedUrl("/login?error");
	}

	@Test
	void anInvitedAccountCannotSignInBeforeChoosingItsPassword() {
		AccountView invited = this.fixtures.invited(Language.EN);

		assertThat(signIn(invited.email(), "", "10.0.0.3")).hasRedirectedUrl("/login?error");
	}

	@Test
	void repeatedFailuresThrottleAnAddressWhetherOrNotItHasAnAccount() {
		AccountView account = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		String unknown = "nobody-" + account.email();
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(signIn(account.email(), "guess " + attempt, "10.0.1." + attempt))
				.hasRedirectedUrl("/login?error");
			assertThat(signIn(unknown, "guess " + attempt, "10.0.2." + attempt)).hasRedirectedUrl("/login?error");
		}

		assertThat(signIn(account.email(), TestAccounts.PASSWORD, "10.0.1.9")).as("even the right password waits")
			.hasRedirectedUrl("/login?throttled");
		assertThat(signIn(unknown, "guess", "10.0.2.9")).hasRedirectedUrl("/login?throttled");
	}

	@Test
	void oneClientGuessingManyAddressesIsThrottledToo() {
		for (int attempt = 0; attempt < 20; attempt++) {
			signIn(TestAccounts.uniqueEmail("spray"), "guess", "10.0.3.1");
		}

		assertThat(signIn(TestAccounts.uniqueEmail("spray"), "guess", "10.0.3.1")).hasRedirectedUrl("/login?throttled");
	}

	@Test
	void theThrottledMessageIsShownInTheVisitorsLanguage() {
		assertThat(this.mvc.get().uri("/login?throttled").header("Accept-Language", "es")).bodyText()
			.contains("Demasiados intentos fallidos");
	}

	@Test
	void signingInWithoutTheFormsCsrfTokenIsRefused() {
		AccountView account = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);

		assertThat(
				this.mvc.post().uri("/login").param("email", account.email()).param("password", TestAccounts.PASSWORD))
			.hasStatus(403);
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult signIn(String email, String password,
			String client) {
		return this.mvc.post()
			.uri("/login")
			.param("email", email)
			.param("password", password)
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr(client);
				return request;
			})
			.exchange();
	}

}
