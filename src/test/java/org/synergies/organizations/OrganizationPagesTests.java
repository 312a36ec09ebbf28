package org.synergies.organizations;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestOrganizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@SpringBootTest
@AutoConfigureMockMvc
class OrganizationPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	OrganizationManagement organizations;

	@Autowired
	TestOrganizations fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AccountManagement accountManagement;

	@Test
	void aVisitorSearchesTheDirectoryAndHtmxGetsOnlyTheResults() {
		String tag = TestOrganizations.unique();
		OrganizationView accented = this.organizations.register(TestOrganizations.ngo("Société des Oiseaux " + tag));

		assertThat(this.mvc.get().uri("/organizations").param("q", "societe " + tag)).hasStatusOk()
			.bodyText()
			.contains("Société des Oiseaux " + tag, "/organizations/" + accented.id(), "One organization");
		assertThat(this.mvc.get().uri("/organizations").param("q", "societe " + tag).header("HX-Request", "true"))
			.bodyText()
			.startsWith("<div id=\"results\"")
			.doesNotContain("<html");
	}

	@Test
	void aVisitorSeesAProfileWithoutItsContacts() {
		OrganizationView organization = withContact();

		assertThat(this.mvc.get().uri("/organizations/" + organization.id())).hasStatusOk()
			.bodyText()
			.contains(organization.officialName(), "https://www.example.org")
			.doesNotContain("Private Person", "private.person@example.org", "Members");
	}

	@Test
	void aMemberSeesTheContactsAndEditsTheirOwnOrganizationInSpanish() {
		OrganizationView organization = withContact();
		AccountView member = memberOf(organization.id());

		assertThat(this.mvc.get().uri("/organizations/" + organization.id()).with(TestAccounts.as(member))).bodyText()
			.contains("Private Person", "private.person@example.org", "Edit the profile");
		assertThat(this.mvc.post()
			.uri("/organizations/" + organization.id() + "/edit")
			.header("Accept-Language", "es")
			.param("officialName", "")
			.param("kind", "INTERNATIONAL_NGO")
			.param("headquarters", "XX")
			.param("publicEmail", "nope")
			.param("version", String.valueOf(organization.version()))
			.with(TestAccounts.as(member))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Rellene este campo.", "Elija un país de la lista.",
					"Escriba una dirección de correo como nombre@ejemplo.org.");
		assertThat(this.mvc.post()
			.uri("/organizations/" + organization.id() + "/edit")
			.param("officialName", organization.officialName())
			.param("kind", "INTERNATIONAL_NGO")
			.param("description", "Nuestra misión: las aves migratorias.")
			.param("descriptionLanguage", "ES")
			.param("version", String.valueOf(organization.version()))
			.param("allowSimilar", "true")
			.with(TestAccounts.as(member))
			.with(csrf())).hasRedirectedUrl("/organizations/" + organization.id() + "?saved");
		assertThat(this.organizations.find(organization.id()).orElseThrow().description())
			.isEqualTo("Nuestra misión: las aves migratorias.");
	}

	@Test
	void aMemberCannotChangeTheKindButTheSecretariatCan() {
		OrganizationView organization = this.fixtures.ngo();
		AccountView member = memberOf(organization.id());
		AccountView officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);

		assertThat(this.mvc.get()
			.uri("/organizations/" + organization.id() + "/edit")
			.header("Accept-Language", "es")
			.with(TestAccounts.as(member))).bodyText()
			.contains("Solo la Secretaría puede cambiar el tipo de una organización.");
		assertThat(this.mvc.post()
			.uri("/organizations/" + organization.id() + "/edit")
			.header("Accept-Language", "es")
			.param("officialName", organization.officialName())
			.param("kind", "NATIONAL_NGO")
			.param("version", String.valueOf(organization.version()))
			.param("allowSimilar", "true")
			.with(TestAccounts.as(member))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Solo la Secretaría puede cambiar el tipo de una organización.");
		assertThat(this.organizations.find(organization.id()).orElseThrow().kind())
			.isEqualTo(OrganizationKind.INTERNATIONAL_NGO);
		assertThat(this.mvc.post()
			.uri("/organizations/" + organization.id() + "/edit")
			.param("officialName", organization.officialName())
			.param("description", "Saved without the disabled kind field.")
			.param("descriptionLanguage", "EN")
			.param("version", String.valueOf(organization.version()))
			.param("allowSimilar", "true")
			.with(TestAccounts.as(member))
			.with(csrf())).as("a disabled field is not sent: the kind stays")
			.hasRedirectedUrl("/organizations/" + organization.id() + "?saved");

		OrganizationView saved = this.organizations.find(organization.id()).orElseThrow();
		assertThat(saved.kind()).isEqualTo(OrganizationKind.INTERNATIONAL_NGO);
		assertThat(this.mvc.post()
			.uri("/organizations/" + organization.id() + "/edit")
			.param("officialName", organization.officialName())
			.param("kind", "NATIONAL_NGO")
			.param("version", String.valueOf(saved.version()))
			.param("allowSimilar", "true")
			.with(TestAccounts.as(officer))
			.with(csrf())).hasRedirectedUrl("/organizations/" + organization.id() + "?saved");
		assertThat(this.organizations.find(organization.id()).orElseThrow().kind())
			.isEqualTo(OrganizationKind.NATIONAL_NGO);
	}

	@Test
	void aMemberIsRefusedEditingAnotherOrganization() {
		OrganizationView mine = this.fixtures.ngo();
		OrganizationView theirs = this.fixtures.ngo();
		AccountView member = memberOf(mine.id());

		assertThat(this.mvc.get().uri("/organizations/" + theirs.id() + "/edit").with(TestAccounts.as(member)))
			.hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/organizations/" + theirs.id() + "/edit")
			.param("officialName", "Hijacked")
			.param("kind", "YOUTH")
			.with(TestAccounts.as(member))
			.with(csrf())).hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/organizations/" + theirs.id() + "/contacts/new")
			.param("name", "Intruder")
			.with(TestAccounts.as(member))
			.with(csrf())).hasStatus(403);
		assertThat(this.organizations.find(theirs.id()).orElseThrow().officialName()).isEqualTo(theirs.officialName());
	}

	@Test
	void registeringWarnsAboutASimilarOrganizationUntilTheOfficerConfirms() {
		AccountView officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		String tag = TestOrganizations.unique();
		OrganizationView existing = this.organizations
			.register(TestOrganizations.ngo("Migratory Bird Alliance " + tag));

		assertThat(this.mvc.post()
			.uri("/organizations/new")
			.param("officialName", "Migratory Birds Alliance " + tag)
			.param("kind", "INTERNATIONAL_NGO")
			.with(TestAccounts.as(officer))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("These organizations look alike", existing.officialName(), "save it anyway");
		assertThat(this.mvc.post()
			.uri("/organizations/new")
			.param("officialName", "Migratory Birds Alliance " + tag)
			.param("kind", "INTERNATIONAL_NGO")
			.param("allowSimilar", "true")
			.with(TestAccounts.as(officer))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(this.mvc.get()
			.uri("/organizations/similar")
			.param("officialName", "migratory bird aliance " + tag)
			.with(TestAccounts.as(officer))).bodyText().contains(existing.officialName());
	}

	@Test
	void aMergedOrganizationsPageLeadsToTheSurvivor() {
		OrganizationView survivor = this.fixtures.ngo();
		OrganizationView duplicate = this.fixtures.ngo();
		this.organizations.merge(survivor.id(), duplicate.id());

		assertThat(this.mvc.get().uri("/organizations/" + duplicate.id()))
			.hasRedirectedUrl("/organizations/" + survivor.id() + "?mergedFrom=" + duplicate.id());
	}

	@Test
	void scriptTypedIntoAProfileIsShownAsText() {
		OrganizationView organization = this.organizations
			.register(TestOrganizations.ngo("<img src=x onerror=alert(1)> " + TestOrganizations.unique()));

		assertThat(this.mvc.get().uri("/organizations/" + organization.id())).bodyText()
			.contains("&lt;img src=x onerror=alert(1)&gt;")
			.doesNotContain("<img src=x");
	}

	@Test
	void anOfficerImportsAFileThroughThePreview() throws Exception {
		AccountView officer = this.accounts.active(Language.FR, Role.SECRETARIAT_OFFICER);
		String tag = TestOrganizations.unique();
		MockMultipartFile file = new MockMultipartFile("file", "partenaires.csv", "text/csv",
				("official_name,kind\nPartenaire Importé " + tag + ",NATIONAL_NGO\n").getBytes(StandardCharsets.UTF_8));

		var uploaded = this.mvc.post()
			.uri("/organizations/import")
			.multipart()
			.file(file)
			.with(TestAccounts.as(officer))
			.with(csrf())
			.exchange();
		assertThat(uploaded).hasStatus3xxRedirection();
		String preview = uploaded.getResponse().getRedirectedUrl();
		assertThat(this.mvc.get().uri(preview).header("Accept-Language", "fr").with(TestAccounts.as(officer)))
			.bodyText()
			.contains("Partenaire Importé " + tag, "Une nouvelle organisation", "Nouvelle");
		assertThat(this.mvc.post()
			.uri(preview)
			.param("mode", "ALL_OR_NOTHING")
			.with(TestAccounts.as(officer))
			.with(csrf())).hasRedirectedUrl(preview);
		assertThat(this.organizations
			.directory(new DirectoryQuery(tag, null, null, null, OrganizationStatus.ACTIVE, DirectoryQuery.Sort.NAME, 0,
					10))
			.total()).isEqualTo(1);
	}

	@Test
	void aFileThatLiesAboutItsTypeGetsAClearError() {
		AccountView officer = this.accounts.active(Language.ES, Role.SECRETARIAT_OFFICER);
		MockMultipartFile file = new MockMultipartFile("file", "partners.xlsx", "application/octet-stream",
				"official_name\nNot a workbook\n".getBytes(StandardCharsets.UTF_8));

		assertThat(this.mvc.post()
			.uri("/organizations/import")
			.multipart()
			.file(file)
			.header("Accept-Language", "es")
			.with(TestAccounts.as(officer))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Este archivo se llama .xlsx pero no es un libro de Excel.");
	}

	@Test
	void theDirectoryExportsAsCsvAndXlsx() {
		String tag = TestOrganizations.unique();
		this.organizations.register(TestOrganizations.ngo("Exported Trust " + tag));

		assertThat(this.mvc.get().uri("/organizations/export.csv").param("q", tag)).hasStatusOk()
			.hasHeader("Content-Disposition",
					"attachment; filename=\"synergies-organizations-" + java.time.LocalDate.now() + ".csv\"")
			.bodyText()
			.contains("official_name", "Exported Trust " + tag)
			.doesNotContain("info.private");
		assertThat(this.mvc.get().uri("/organizations/export.xlsx").param("q", tag)).hasStatusOk()
			.hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	private OrganizationView withContact() {
		OrganizationView organization = this.fixtures.ngo();
		this.organizations.addContact(organization.id(), new org.synergies.organizations.ContactDetails(
				"Private Person", "Director", "private.person@example.org", null, Language.EN));
		return this.organizations.find(organization.id()).orElseThrow();
	}

	private AccountView memberOf(UUID organization) {
		AccountView account = this.accounts.active(Language.ES);
		return this.accountManagement.addMembership(account.id(), organization);
	}

}
