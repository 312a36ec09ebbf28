package org.synergies.accounts;

import java.util.Set;

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
class AccountPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts fixtures;

	@Autowired
	AccountManagement accounts;

	@Test
	void anAdministratorFindsAccountsAndHtmxGetsOnlyTheResults() {
		AccountView admin = this.fixtures.active(Language.EN, Role.SECRETARIAT_ADMIN);
		AccountView officer = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);

		assertThat(this.mvc.get().uri("/admin/accounts").param("q", officer.email()).with(TestAccounts.as(admin)))
			.hasStatusOk()
			.bodyText()
			.contains("<h1>Accounts</h1>", officer.email(), "One account");
		assertThat(this.mvc.get()
			.uri("/admin/accounts")
			.param("q", officer.email())
			.header("HX-Request", "true")
			.with(TestAccounts.as(admin))).hasStatusOk()
			.bodyText()
			.startsWith("<div id=\"results\"")
			.contains(officer.email())
			.doesNotContain("<h1>", "<html");
	}

	@Test
	void invitingWithBadInputShowsEveryErrorInTheAdministratorsLanguage() {
		AccountView admin = this.fixtures.active(Language.ES, Role.SECRETARIAT_ADMIN);

		assertThat(this.mvc.post()
			.uri("/admin/accounts/new")
			.header("Accept-Language", "es")
			.param("email", "not-an-address")
			.param("displayName", "")
			.param("language", "FR")
			.param("roles", "NATIONAL_FOCAL_POINT")
			.param("country", "XX")
			.with(TestAccounts.as(admin))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Escriba una dirección de correo como nombre@ejemplo.org.", "Rellene este campo.",
					"Elija un país de la lista.", "value=\"not-an-address\"");
	}

	@Test
	void invitingSendsTheInvitationAndShowsTheNewAccount() {
		AccountView admin = this.fixtures.active(Language.EN, Role.SECRETARIAT_ADMIN);
		String email = TestAccounts.uniqueEmail("new");

		assertThat(this.mvc.post()
			.uri("/admin/accounts/new")
			.param("email", email)
			.param("displayName", "Nouvelle Personne")
			.param("language", "FR")
			.param("roles", "NATIONAL_FOCAL_POINT")
			.param("country", "SN")
			.with(TestAccounts.as(admin))
			.with(csrf())).hasStatus3xxRedirection();
		AccountView invited = this.accounts.findByEmail(email).orElseThrow();
		assertThat(invited.country().value()).isEqualTo("SN");
		assertThat(this.mvc.get().uri("/admin/accounts/" + invited.id()).with(TestAccounts.as(admin))).bodyText()
			.contains("Nouvelle Personne", "Invited", "Send the invitation again", "History");
	}

	@Test
	void scriptTypedIntoANameIsShownAsText() {
		AccountView admin = this.fixtures.active(Language.EN, Role.SECRETARIAT_ADMIN);
		AccountView victim = this.accounts.invite(new AccountDetails(TestAccounts.uniqueEmail("xss"),
				"<script>alert('x')</script>", Language.EN, Set.of(), Set.of(), null));

		assertThat(this.mvc.get().uri("/admin/accounts/" + victim.id()).with(TestAccounts.as(admin))).bodyText()
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.doesNotContain("<script>alert");
	}

	@Test
	void savingOverANewerVersionKeepsTheInputAndExplainsTheConflict() {
		AccountView admin = this.fixtures.active(Language.EN, Role.SECRETARIAT_ADMIN);
		AccountView account = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		this.accounts.update(account.id(), account.version(), new AccountDetails(account.email(), "Someone else edited",
				Language.EN, account.roles(), Set.of(), null));

		assertThat(this.mvc.post()
			.uri("/admin/accounts/" + account.id())
			.param("email", account.email())
			.param("displayName", "My stale edit")
			.param("language", "EN")
			.param("roles", "SECRETARIAT_OFFICER")
			.param("version", String.valueOf(account.version()))
			.with(TestAccounts.as(admin))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Someone else changed this record after you opened it", "value=\"My stale edit\"");
		assertThat(this.accounts.find(account.id()).orElseThrow().displayName()).isEqualTo("Someone else edited");
	}

	@Test
	void aMemberIsRefusedTheAdministrationPages() {
		AccountView member = this.fixtures.active(Language.EN, Role.ORGANIZATION_MEMBER);

		assertThat(this.mvc.get().uri("/admin/accounts").with(TestAccounts.as(member))).hasStatus(403);
		assertThat(this.mvc.get().uri("/admin/outbox").with(TestAccounts.as(member))).hasStatus(403);
	}

	@Test
	void aPersonEditsTheirOwnNameAndLanguage() {
		AccountView officer = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);

		assertThat(this.mvc.post()
			.uri("/account")
			.param("displayName", "Renamed Officer")
			.param("language", "ES")
			.param("version", String.valueOf(officer.version()))
			.with(TestAccounts.as(officer))
			.with(csrf())).hasRedirectedUrl("/account?saved").cookies().containsCookie("synergies-lang");
		AccountView saved = this.accounts.find(officer.id()).orElseThrow();
		assertThat(saved.displayName()).isEqualTo("Renamed Officer");
		assertThat(saved.language()).isEqualTo(Language.ES);
	}

	@Test
	void switchingTheLanguageWhileSignedInBecomesTheAccountsLanguage() {
		AccountView officer = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);

		assertThat(this.mvc.get().uri("/account?lang=fr").with(TestAccounts.as(officer))).hasStatusOk()
			.bodyText()
			.contains("Mon compte");
		assertThat(this.accounts.find(officer.id()).orElseThrow().language()).isEqualTo(Language.FR);
	}

	@Test
	void theOutboxShowsWhatWasSentToWhom() {
		AccountView admin = this.fixtures.active(Language.EN, Role.SECRETARIAT_ADMIN);
		AccountView invited = this.fixtures.invited(Language.FR);

		assertThat(this.mvc.get().uri("/admin/outbox").with(TestAccounts.as(admin))).hasStatusOk()
			.bodyText()
			.contains(invited.email(), "Votre invitation à Synergies");
	}

}
