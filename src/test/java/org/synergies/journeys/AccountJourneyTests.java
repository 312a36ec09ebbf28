package org.synergies.journeys;

import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.shared.Language;
import org.synergies.support.Browser;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation's journeys in a real browser: sign in, switch to French, reset a
 * forgotten password through the e-mailed link, be refused an administrator's page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class AccountJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts fixtures;

	@Test
	void signInAndSwitchToFrench() throws Exception {
		AccountView officer = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		try (Browser browser = Browser.open(this.port)) {
			browser.go("/");
			assertThat(browser.heading()).isEqualTo("Partnerships for migratory species");
			browser.assertAccessible();

			browser.signIn(officer.email(), TestAccounts.PASSWORD);
			assertThat(browser.text()).contains(officer.displayName(), "Sign out");

			browser.click("Français");
			assertThat(browser.language()).isEqualTo("fr");
			assertThat(browser.heading()).isEqualTo("Des partenariats pour les espèces migratrices");
			browser.go("/account");
			assertThat(browser.heading()).as("the choice is remembered").isEqualTo("Mon compte");
			browser.assertAccessible();
		}
	}

	@Test
	void resetAForgottenPasswordThroughTheEmailedLink() throws Exception {
		AccountView officer = this.fixtures.active(Language.ES, Role.SECRETARIAT_OFFICER);
		TestMail.awaitMessage(officer.email(), 0); // the invitation that made the fixture
		int received = 1;
		try (Browser browser = Browser.open(this.port)) {
			browser.go("/login").click("Forgot your password?");
			browser.assertAccessible();
			browser.type("email", officer.email()).click("Send me a link");
			assertThat(browser.text()).contains("If an account uses this address, we have sent it a link.");

			MimeMessage mail = TestMail.awaitMessage(officer.email(), received);
			assertThat(mail.getSubject()).as("in the account's language")
				.isEqualTo("Elija una nueva contraseña para Synergies");
			browser.go(linkIn(TestMail.body(mail)));
			browser.assertAccessible();
			browser.type("password", "una contraseña nueva y larga")
				.type("confirmation", "una contraseña nueva y larga")
				.click("Save the new password");
			assertThat(browser.text()).contains("Your password has been changed: every session has been signed out");

			browser.signIn(officer.email(), "una contraseña nueva y larga");
			assertThat(browser.text()).as("signed in, in the account's language").contains("Cerrar sesión");
		}
	}

	@Test
	void aMemberIsRefusedAnAdministratorsPage() throws Exception {
		AccountView member = this.fixtures.active(Language.EN, Role.ORGANIZATION_MEMBER);
		try (Browser browser = Browser.open(this.port)) {
			browser.signIn(member.email(), TestAccounts.PASSWORD);
			assertThat(browser.text()).doesNotContain("Accounts\n");

			browser.go("/admin/accounts");
			assertThat(browser.heading()).isEqualTo("Access denied");
			assertThat(browser.text()).doesNotContain(member.email() + "\n");
			browser.assertAccessible();
		}
	}

	@Test
	void anAdministratorInvitesSomeoneWhoThenSignsIn() throws Exception {
		AccountView admin = this.fixtures.active(Language.EN, Role.SECRETARIAT_ADMIN);
		String email = TestAccounts.uniqueEmail("browser-invitee");
		try (Browser browser = Browser.open(this.port)) {
			browser.signIn(admin.email(), TestAccounts.PASSWORD).go("/admin/accounts").click("Invite someone");
			browser.assertAccessible();
			browser.type("displayName", "Kofi Mensah").type("email", email).click("Send the invitation");
			assertThat(browser.text()).contains("An invitation has been sent to " + email);
			browser.assertAccessible();
			browser.click("Sign out");

			String link = linkIn(TestMail.body(TestMail.awaitMessage(email, 0)));
			browser.go(link)
				.type("password", "kofi chooses a long one")
				.type("confirmation", "kofi chooses a long one");
			browser.click("Activate my account");
			browser.signIn(email, "kofi chooses a long one");
			assertThat(browser.text()).contains("Kofi Mensah");
		}
	}

	private String linkIn(String body) {
		Matcher matcher = Pattern.compile("https?://[^/\\s]+(/\\S+)").matcher(body);
		assertThat(matcher.find()).as("a link in " + body).isTrue();
		return "http://localhost:" + this.port + matcher.group(1);
	}

}
