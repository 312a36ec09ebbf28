package org.synergies.accounts;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.ServerPages;
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

	@Test
	void aRoleChangedByAnAdministratorTakesEffectWithoutSigningThePersonOut() throws Exception {
		AccountView admin = this.accounts.active(Language.EN, Role.SECRETARIAT_ADMIN);
		AccountView person = this.accounts.active(Language.EN);
		String session = pages().signIn(person.email());
		assertThat(pages().get("/organizations/new", session).statusCode()).isEqualTo(403);

		AccountView officer = TestAccounts.runAs(admin,
				() -> this.management.update(person.id(), person.version(), new AccountDetails(person.email(),
						person.displayName(), Language.EN, Set.of(Role.SECRETARIAT_OFFICER), Set.of(), null)));
		assertThat(pages().get("/account", session).statusCode()).as("still signed in").isEqualTo(200);
		assertThat(pages().get("/organizations/new", session).statusCode()).as("with the new role").isEqualTo(200);

		TestAccounts.runAs(admin, () -> this.management.update(person.id(), officer.version(),
				new AccountDetails(person.email(), person.displayName(), Language.EN, Set.of(), Set.of(), null)));
		assertThat(pages().get("/account", session).statusCode()).as("still signed in").isEqualTo(200);
		assertThat(pages().get("/organizations/new", session).statusCode()).as("without the role taken away")
			.isEqualTo(403);

		TestAccounts.runAs(admin, () -> this.management.disable(person.id()));
		assertThat(pages().get("/account", session).statusCode()).as("a disabled account's sessions end")
			.isEqualTo(302);
	}

	private ServerPages pages() {
		return new ServerPages(this.port);
	}

}
