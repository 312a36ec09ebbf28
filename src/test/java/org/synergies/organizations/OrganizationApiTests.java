package org.synergies.organizations;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestOrganizations;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class OrganizationApiTests {

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
	void anyoneReadsTheDirectoryWithFiltersAndPages() {
		String tag = TestOrganizations.unique();
		this.organizations.register(TestOrganizations.ngo("Société API " + tag));

		assertThat(this.mvc.get().uri("/api/v1/organizations").param("q", "societe api " + tag).param("size", "5"))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.total", total -> assertThat(total).isEqualTo(1))
			.hasPathSatisfying("$.size", size -> assertThat(size).isEqualTo(5))
			.hasPathSatisfying("$.organizations[0].officialName",
					name -> assertThat(name).isEqualTo("Société API " + tag))
			.hasPathSatisfying("$.organizations[0].instruments",
					codes -> assertThat(codes).asArray().containsExactly("AEWA", "CMS"));
	}

	@Test
	void aProfileShowsContactsOnlyToThoseWhoMaySeeThem() {
		OrganizationView organization = this.fixtures.ngo();
		this.organizations.addContact(organization.id(),
				new ContactDetails("Hidden Person", null, "hidden@example.org", null, Language.EN));
		AccountView member = this.accounts.active(Language.EN);
		this.accountManagement.addMembership(member.id(), organization.id());

		assertThat(this.mvc.get().uri("/api/v1/organizations/" + organization.id())).hasStatusOk()
			.bodyText()
			.doesNotContain("hidden@example.org");
		assertThat(this.mvc.get()
			.uri("/api/v1/organizations/" + organization.id())
			.header("Authorization", "Bearer " + this.accounts.apiToken(member))).bodyText()
			.contains("hidden@example.org");
	}

	@Test
	void theSecretariatRegistersArchivesAndRestores() throws Exception {
		String token = this.accounts.apiToken(this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER));
		String tag = TestOrganizations.unique();

		var created = this.mvc.post()
			.uri("/api/v1/organizations")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"officialName": "Red de Humedales %s", "kind": "NATIONAL_NGO", "headquarters": "AR",
					 "countries": ["AR", "UY"], "instruments": ["GRASSLAND_BIRDS"]}""".formatted(tag))
			.exchange();
		assertThat(created).hasStatus(201);
		String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/organizations/" + id);

		assertThat(this.mvc.post()
			.uri("/api/v1/organizations/" + id + "/archive")
			.header("Authorization", "Bearer " + token)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo("ARCHIVED"));
		assertThat(this.mvc.get().uri("/api/v1/organizations/" + id)).as("archived: no longer public").hasStatus(404);
		assertThat(this.mvc.post()
			.uri("/api/v1/organizations/" + id + "/archive")
			.header("Authorization", "Bearer " + token)).hasStatus(409)
			.bodyJson()
			.hasPathSatisfying("$.rule", rule -> assertThat(rule).isEqualTo("organization.rule.archive-only-active"));
		assertThat(this.mvc.post()
			.uri("/api/v1/organizations/" + id + "/restore")
			.header("Authorization", "Bearer " + token)).hasStatusOk();
	}

	@Test
	void registeringASimilarOrganizationAnswersTheCandidatesUnlessAllowed() {
		String token = this.accounts.apiToken(this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER));
		OrganizationView existing = this.fixtures.ngo();
		String body = "{\"officialName\": \"" + existing.officialName() + "\", \"kind\": \"NATIONAL_NGO\"%s}";

		assertThat(this.mvc.post()
			.uri("/api/v1/organizations")
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", "fr")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(""))).hasStatus(409)
			.bodyJson()
			.hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Des organisations semblables existent"))
			.hasPathSatisfying("$.similar[*].id",
					similar -> assertThat(similar).asArray().contains(existing.id().toString()));
		assertThat(this.mvc.post()
			.uri("/api/v1/organizations")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(", \"allowSimilar\": true"))).hasStatus(201);
	}

	@Test
	void invalidInputListsEveryField() {
		String token = this.accounts.apiToken(this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER));

		assertThat(this.mvc.post()
			.uri("/api/v1/organizations")
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", "es")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"officialName\": \"\", \"headquarters\": \"QQ\", \"website\": \"javascript:alert(1)\"}"))
			.hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.errors[*].field",
					fields -> assertThat(fields).asArray()
						.containsExactlyInAnyOrder("officialName", "kind", "headquarters", "website"))
			.hasPathSatisfying("$.errors[*].message",
					messages -> assertThat(messages).asArray().contains("Rellene este campo."));
	}

	@Test
	void membersUpdateTheirOwnOrganizationOnlyAndStaleVersionsConflict() {
		OrganizationView mine = this.fixtures.ngo();
		OrganizationView theirs = this.fixtures.ngo();
		AccountView member = this.accounts.active(Language.EN);
		this.accountManagement.addMembership(member.id(), mine.id());
		String token = this.accounts.apiToken(member);
		String update = "{\"officialName\": \"%s\", \"kind\": \"INTERNATIONAL_NGO\", \"version\": %d, \"allowSimilar\": true}";

		assertThat(this.mvc.put()
			.uri("/api/v1/organizations/" + mine.id())
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(update.formatted(mine.officialName() + " (renamed)", mine.version()))).hasStatusOk();
		assertThat(this.mvc.put()
			.uri("/api/v1/organizations/" + mine.id())
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(update.formatted("Stale", mine.version()))).hasStatus(409);
		assertThat(this.mvc.put()
			.uri("/api/v1/organizations/" + theirs.id())
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(update.formatted("Hijacked", theirs.version()))).hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/api/v1/organizations")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"officialName\": \"Not allowed\", \"kind\": \"YOUTH\"}")).hasStatus(403);
	}

	@Test
	void onlyTheSecretariatChangesAnOrganizationsKindOrStatus() {
		OrganizationView mine = this.fixtures.ngo();
		AccountView member = this.accounts.active(Language.EN);
		this.accountManagement.addMembership(member.id(), mine.id());
		String memberToken = "Bearer " + this.accounts.apiToken(member);
		String officerToken = "Bearer "
				+ this.accounts.apiToken(this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER));
		String update = "{\"officialName\": \"%s\", \"kind\": \"%s\", \"version\": %d, \"allowSimilar\": true%s}";

		assertThat(this.mvc.put()
			.uri("/api/v1/organizations/" + mine.id())
			.header("Authorization", memberToken)
			.header("Accept-Language", "fr")
			.contentType(MediaType.APPLICATION_JSON)
			.content(update.formatted(mine.officialName(), "NATIONAL_NGO", mine.version(), ""))).hasStatus(403)
			.bodyJson()
			.hasPathSatisfying("$.rule", rule -> assertThat(rule).isEqualTo("organization.rule.kind-secretariat-only"))
			.hasPathSatisfying("$.detail", detail -> assertThat(detail)
				.isEqualTo("Seul le Secrétariat peut modifier le type d’une organisation."));
		assertThat(this.mvc.put()
			.uri("/api/v1/organizations/" + mine.id())
			.header("Authorization", memberToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content(update.formatted(mine.officialName(), "INTERNATIONAL_NGO", mine.version(),
					", \"status\": \"ARCHIVED\"")))
			.hasStatus(403)
			.bodyJson()
			.hasPathSatisfying("$.rule",
					rule -> assertThat(rule).isEqualTo("organization.rule.status-secretariat-only"));
		OrganizationView unchanged = this.organizations.find(mine.id()).orElseThrow();
		assertThat(unchanged.kind()).isEqualTo(OrganizationKind.INTERNATIONAL_NGO);
		assertThat(unchanged.status()).isEqualTo(OrganizationStatus.ACTIVE);
		assertThat(unchanged.version()).isEqualTo(mine.version());

		assertThat(this.mvc.put()
			.uri("/api/v1/organizations/" + mine.id())
			.header("Authorization", officerToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content(update.formatted(mine.officialName(), "NATIONAL_NGO", mine.version(),
					", \"status\": \"ARCHIVED\"")))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.kind", kind -> assertThat(kind).isEqualTo("NATIONAL_NGO"))
			.hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo("ARCHIVED"));
		assertThat(this.mvc.put()
			.uri("/api/v1/organizations/" + mine.id())
			.header("Authorization", officerToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content(update.formatted(mine.officialName(), "NATIONAL_NGO",
					this.organizations.find(mine.id()).orElseThrow().version(), ", \"status\": \"MERGED\"")))
			.hasStatus(409)
			.bodyJson()
			.hasPathSatisfying("$.rule", rule -> assertThat(rule).isEqualTo("organization.rule.status-by-merge"));
	}

	@Test
	void anUnknownOrganizationIsA404Problem() {
		assertThat(this.mvc.get().uri("/api/v1/organizations/" + UUID.randomUUID())).hasStatus(404)
			.bodyJson()
			.hasPathSatisfying("$.type", type -> assertThat(type).isEqualTo("urn:synergies:problem:not-found"));
	}

}
