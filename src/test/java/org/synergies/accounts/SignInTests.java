package org.synergies.accounts;

import org.synergies.accounts.internal.AccountAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.synergies.messaging.Outbox;
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

	@Autowired
	AccountAccess access;

	@Autowired
	Outbox outbox;

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
	void theThrottledMessageSaysHowLongAndHowTheOwnerGetsInAtOnce() {
		assertThat(this.mvc.get().uri("/login?throttled").header("Accept-Language", "es")).bodyText()
			.contains("Demasiados intentos fallidos", "como máximo 15 minutos",
					"un restablecimiento correcto levanta la suspensión", "href=\"/password/forgot\"");
	}

	@Test
	void manyFailuresAtOnceAreAllCounted() throws Exception {
		AccountView account = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Callable<String>> attempts = IntStream.range(0, 12)
				.<Callable<String>>mapToObj(
						i -> () -> signIn(account.email(), "guess " + i, "10.0.4." + i).getResponse()
							.getRedirectedUrl())
				.toList();
			List<String> answers = new ArrayList<>();
			for (Future<String> answer : pool.invokeAll(attempts)) {
				answers.add(answer.get());
			}

			assertThat(answers).as("only %d attempts reach the password check", 5)
				.filteredOn("/login?error"::equals)
				.hasSize(5);
			assertThat(answers).filteredOn("/login?throttled"::equals).hasSize(7);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aSuccessfulPasswordResetLiftsThePauseOnTheAddress() {
		AccountView account = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		for (int attempt = 0; attempt < 6; attempt++) {
			signIn(account.email(), "attacker's guess " + attempt, "10.0.5." + attempt);
		}
		assertThat(signIn(account.email(), TestAccounts.PASSWORD, "10.0.5.9")).hasRedirectedUrl("/login?throttled");

		this.access.requestPasswordReset(account.email(), "10.0.5.9");
		this.access.resetPassword(this.fixtures.linkToken(account.email()), "the owner's new pass phrase");

		assertThat(signIn(account.email(), "the owner's new pass phrase", "10.0.5.9")).hasRedirectedUrl("/");
	}

	@Test
	void resetRequestsAreLimitedPerAddressAndPerClientWithTheSameAnswer() {
		AccountView account = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		for (int request = 0; request < 4; request++) {
			assertThat(askForReset(account.email(), "10.0.6." + request)).hasRedirectedUrl("/password/forgot?sent");
		}
		assertThat(this.outbox.sentTo(account.email())).filteredOn(mail -> mail.template().equals("password-reset"))
			.as("three links an hour to one address")
			.hasSize(3);

		AccountView other = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		for (int request = 0; request < 10; request++) {
			askForReset(TestAccounts.uniqueEmail("spray"), "10.0.7.1");
		}
		assertThat(askForReset(other.email(), "10.0.7.1")).hasRedirectedUrl("/password/forgot?sent");
		assertThat(this.outbox.sentTo(other.email())).as("ten requests an hour from one client")
			.noneMatch(mail -> mail.template().equals("password-reset"));
	}

	@Test
	void signingInWithoutTheFormsCsrfTokenIsRefused() {
		AccountView account = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);

		assertThat(
				this.mvc.post().uri("/login").param("email", account.email()).param("password", TestAccounts.PASSWORD))
			.hasStatus(403);
	}

	private MvcTestResult askForReset(String email, String client) {
		return this.mvc.post().uri("/password/forgot").param("email", email).with(csrf()).with(request -> {
			request.setRemoteAddr(client);
			return request;
		}).exchange();
	}

	private MvcTestResult signIn(String email, String password, String client) {
		return TestAccounts.signIn(this.mvc, email, password, client);
	}

}
