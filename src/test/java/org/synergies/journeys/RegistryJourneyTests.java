package org.synergies.journeys;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.synergies.accounts.AccountDetails;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.Language;
import org.synergies.support.Browser;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestOrganizations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner registry in a real browser: an NGO's member edits its profile in Spanish
 * and is refused another NGO's; a visitor finds an accented name without typing the
 * accents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class RegistryJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OrganizationManagement organizations;

	@Test
	void aMemberEditsTheirNgoInSpanishAndIsRefusedAnotherOne() throws Exception {
		String tag = TestOrganizations.unique();
		OrganizationView mine = this.organizations.register(TestOrganizations.ngo("Aves Sin Fronteras " + tag));
		OrganizationView other = this.organizations.register(TestOrganizations.ngo("Other Flyway Trust " + tag));
		AccountView member = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("miembro"),
				"Lucía Miembro", Language.ES, Set.of(Role.ORGANIZATION_MEMBER), Set.of(mine.id()), null));

		try (Browser browser = Browser.open(this.port)) {
			browser.signIn(member.email(), TestAccounts.PASSWORD);
			browser.go("/organizations/" + mine.id());
			assertThat(browser.language()).isEqualTo("es");
			browser.click("Modificar el perfil");
			browser.assertAccessible();
			browser.type("nameEs", "Aves Sin Fronteras (ES) " + tag)
				.type("description", "Protegemos las aves migratorias del Pacífico.")
				.choose("descriptionLanguage", "Español")
				.click("Guardar");
			if (browser.text().contains("Estas organizaciones se parecen")) {
				browser.click("Es otra organización: guardarla de todos modos").click("Guardar");
			}
			assertThat(browser.text()).contains("Sus cambios se han guardado.",
					"Protegemos las aves migratorias del Pacífico.");
			browser.assertAccessible();

			browser.go("/organizations/" + other.id() + "/edit");
			assertThat(browser.heading()).isEqualTo("Acceso denegado");
			browser.go("/organizations/" + other.id());
			assertThat(browser.text()).doesNotContain("Modificar el perfil");
		}
	}

	@Test
	void aVisitorFindsAnAccentedNameWithoutTypingTheAccents() throws Exception {
		String tag = TestOrganizations.unique();
		this.organizations.register(TestOrganizations.ngo("Société d’Étude des Migrations " + tag));

		try (Browser browser = Browser.open(this.port)) {
			browser.go("/organizations").type("q", "societe etude " + tag).submit("q");
			browser.waitForText("Société d’Étude des Migrations " + tag);
			assertThat(browser.text()).contains("One organization");
			browser.assertAccessible();
			browser.click("Société d’Étude des Migrations " + tag);
			assertThat(browser.heading()).contains("Société d’Étude des Migrations " + tag);
			assertThat(browser.text()).doesNotContain("Contacts");
			browser.assertAccessible();
		}
	}

}
