package org.synergies.agreements;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.synergies.support.ShiftedClock;
import org.synergies.accounts.AccountDetails;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.audit.AuditEntry;
import org.synergies.audit.AuditTrail;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestOrganizations;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API records, updates and signs agreements under the same rules as the pages; the
 * public reads without a token; an agreement expires when the clock passes its validity
 * (the clock here can be moved); an agreement follows a merge of its partner.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementApiTests {

	static final ShiftedClock CLOCK = new ShiftedClock();

	static final JsonMapper JSON = JsonMapper.builder().build();

	@TestBean
	Clock clock;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	OrganizationManagement registry;

	@Autowired
	Agreements agreements;

	@Autowired
	AuditTrail audit;

	AccountView officer;

	OrganizationView partner;

	static Clock clock() {
		return CLOCK;
	}

	@BeforeEach
	void officerAndPartner() {
		this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		this.partner = this.organizations.ngo();
	}

	@AfterEach
	void backToToday() {
		CLOCK.offset = Duration.ZERO;
	}

	@Test
	void theSecretariatRecordsUpdatesAndSignsThroughTheApiUnderTheRulesOfThePages() throws Exception {
		String officerToken = this.accounts.apiToken(this.officer);
		AccountView member = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("partner"), "Member",
				Language.EN, java.util.Set.of(Role.ORGANIZATION_MEMBER), java.util.Set.of(this.partner.id()), null));
		String title = "Memorandum of Cooperation " + TestOrganizations.unique();
		String body = """
				{"kind": "MEMORANDUM_OF_COOPERATION", "instrument": "CMS", "partners": ["%s"], "titleEn": "%s",
				 "validFrom": "2024-01-01", "validUntil": "2099-12-31"}""".formatted(this.partner.id(), title);

		assertThat(post("/api/v1/agreements", body, null)).hasStatus(401);
		assertThat(post("/api/v1/agreements", body, this.accounts.apiToken(member))).hasStatus(403);
		MvcTestResult created = post("/api/v1/agreements", body, officerToken);
		assertThat(created).hasStatus(201);
		JsonNode agreement = JSON.readTree(created.getResponse().getContentAsString());
		String id = agreement.get("id").asString();
		assertThat(agreement.get("status").asString()).isEqualTo("UNDER_NEGOTIATION");
		assertThat(this.mvc.get().uri("/api/v1/agreements/" + id)).as("internal").hasStatus(404);

		String update = body.replace("}", ", \"titleFr\": \"Mémorandum\", \"version\": %d}");
		assertThat(
				put("/api/v1/agreements/" + id, update.formatted(agreement.get("version").asLong() + 3), officerToken))
			.hasStatus(409)
			.bodyText()
			.contains("Someone else changed this record");
		assertThat(put("/api/v1/agreements/" + id, update.formatted(agreement.get("version").asLong()), officerToken))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.titleFr")
			.isEqualTo("Mémorandum");
		assertThat(post("/api/v1/agreements/" + id + "/signature",
				"{\"signedOn\": \"2024-02-01\", \"place\": \"Rome\"}", officerToken))
			.hasStatusOk();
		assertThat(post("/api/v1/agreements/" + id + "/signature", "{\"place\": \"Rome\"}", officerToken))
			.hasStatus(409)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("agreement.rule.already-signed");
		assertThat(
				post("/api/v1/agreements/" + id + "/entry-into-force", "{\"validFrom\": \"2024-01-31\"}", officerToken))
			.hasStatus(409)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("agreement.rule.in-force-before-signature");
		assertThat(
				post("/api/v1/agreements/" + id + "/entry-into-force", "{\"validFrom\": \"2024-02-01\"}", officerToken))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("IN_FORCE");
		assertThat(this.mvc.get().uri("/api/v1/agreements?status=IN_FORCE&partner=" + this.partner.id())).hasStatusOk()
			.bodyText()
			.contains(id, title);
		assertThat(this.audit.historyOf(Agreements.AUDITED_AS, UUID.fromString(id))).extracting(AuditEntry::action)
			.containsExactly("entered-into-force", "signed", "updated", "created");
	}

	@Test
	void anArchivedPartnerIsRefusedByTheApiNamingIt() throws Exception {
		OrganizationView archived = this.registry.archive(this.organizations.ngo().id());
		String body = """
				{"kind": "OTHER", "instrument": "CMS", "partners": ["%s"], "titleEn": "Refused"}"""
			.formatted(archived.id());

		assertThat(post("/api/v1/agreements", body, this.accounts.apiToken(this.officer))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains(archived.officialName() + " is archived");
	}

	@Test
	void anAgreementExpiresOnTheDayAfterItsValidityAsTheClockSays() {
		LocalDate lastDay = LocalDate.now(CLOCK).plusDays(10);
		AgreementView agreement = TestAccounts.runAs(this.officer, () -> {
			AgreementView created = this.agreements
				.negotiate(new AgreementDetails(AgreementKind.JOINT_WORK_PLAN, "CMS", List.of(this.partner.id()),
						"Joint Work Plan " + TestOrganizations.unique(), null, null, null, lastDay, null, null, null));
			this.agreements.sign(created.id(), new AgreementSignature(null, "Bonn", null));
			return this.agreements.enterIntoForce(created.id(), null);
		});

		CLOCK.offset = Duration.ofDays(10);
		assertThat(this.agreements.require(agreement.id()).status()).isEqualTo(AgreementStatus.IN_FORCE);
		CLOCK.offset = Duration.ofDays(11);
		assertThat(this.agreements.require(agreement.id()).status()).isEqualTo(AgreementStatus.EXPIRED);
		assertThat(this.mvc.get().uri("/api/v1/agreements?status=EXPIRED")).hasStatusOk()
			.bodyText()
			.contains(agreement.id().toString());
		assertThat(this.mvc.get().uri("/agreements/" + agreement.id()).header("Accept-Language", "fr")).hasStatusOk()
			.bodyText()
			.contains("Expiré");
	}

	@Test
	void anAgreementFollowsTheMergeOfItsPartner() {
		OrganizationView survivor = this.organizations.ngo();
		OrganizationView duplicate = this.organizations.ngo();
		AgreementView agreement = TestAccounts.runAs(this.officer,
				() -> this.agreements.negotiate(new AgreementDetails(AgreementKind.MEMORANDUM_OF_UNDERSTANDING, "CMS",
						List.of(duplicate.id(), this.partner.id()), "Memorandum " + TestOrganizations.unique(), null,
						null, null, null, null, null, null)));

		TestAccounts.runAs(this.officer, () -> this.registry.merge(survivor.id(), duplicate.id()));

		AgreementView after = TestAccounts.runAs(this.officer, () -> this.agreements.require(agreement.id()));
		assertThat(after.partners()).containsExactlyInAnyOrder(survivor.id(), this.partner.id());
		assertThat(after.version()).isGreaterThan(agreement.version());
		assertThat(this.audit.historyOf(Agreements.AUDITED_AS, agreement.id())).extracting(AuditEntry::action)
			.contains("partner-merged");
	}

	private MvcTestResult post(String uri, String body, String token) {
		var request = this.mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request.exchange();
	}

	private MvcTestResult put(String uri, String body, String token) {
		return this.mvc.put()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header("Authorization", "Bearer " + token)
			.exchange();
	}

}
