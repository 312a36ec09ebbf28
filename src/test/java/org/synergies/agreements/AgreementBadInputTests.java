package org.synergies.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.files.SampleFiles;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestOrganizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Bad input to agreements (issue 12, "Bad input"): each gets a clear message in the
 * user's language and nothing is half-saved; unknown ids are 404; the exports never show
 * an agreement under negotiation to the public.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementBadInputTests {

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

	AccountView officer;

	OrganizationView partner;

	String token;

	@BeforeEach
	void officerAndPartner() {
		this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		this.partner = this.organizations.ngo();
		this.token = this.accounts.apiToken(this.officer);
	}

	@Test
	void aDateThatIsNoDateIsRefusedOnTheFormAndNothingIsSaved() {
		String title = "Memorandum " + TestOrganizations.unique();
		assertThat(this.mvc.post()
			.uri("/agreements/new")
			.param("kind", "MEMORANDUM_OF_UNDERSTANDING")
			.param("instrument", "CMS")
			.param("partners", this.partner.id().toString())
			.param("titleEn", title)
			.param("validFrom", "2020-01-01")
			.param("validUntil", "31/12/2030")
			.param("renewalTermsFr", "R".repeat(4001))
			.header("Accept-Language", "fr")
			.with(TestAccounts.as(this.officer))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains(title, "31/12/2030", "Cette valeur n’est pas valide.", "Utilisez au plus");
		assertThat(titles()).doesNotContain(title);
	}

	@Test
	void theApiRefusesWhatIsNotAnAgreementWith400AndSavesNothing() {
		String title = "Refused " + TestOrganizations.unique();
		String body = """
				{"kind": "%s", "instrument": "CMS", "partners": [%s], "titleEn": "%s", "validFrom": "%s",
				 "renewalTermsEn": "%s"}""";
		assertThat(
				post("/api/v1/agreements", body.formatted("BOGUS", quoted(this.partner.id()), title, "2020-01-01", "")))
			.hasStatus(400);
		assertThat(post("/api/v1/agreements", body.formatted("OTHER", quoted(this.partner.id()), title, "1 May", "")))
			.hasStatus(400);
		assertThat(post("/api/v1/agreements", body.formatted("OTHER", "null", title, "2020-01-01", ""))).hasStatus(400);
		assertThat(post("/api/v1/agreements",
				body.formatted("OTHER", quoted(UUID.randomUUID()), "T".repeat(501), "2020-01-01", "")))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("partners", "titleEn");
		assertThat(post("/api/v1/agreements",
				body.formatted("OTHER", quoted(this.partner.id()), title, "2020-01-01", "R".repeat(4001))))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("renewalTermsEn");
		assertThat(titles()).doesNotContain(title);
	}

	@Test
	void unknownAgreementsAreNotFoundOnPagesAndInTheApi() {
		String unknown = "/agreements/" + UUID.randomUUID();
		assertThat(this.mvc.get().uri(unknown).with(TestAccounts.as(this.officer))).hasStatus(404);
		assertThat(this.mvc.get().uri(unknown + "/edit").with(TestAccounts.as(this.officer))).hasStatus(404);
		assertThat(this.mvc.post()
			.uri(unknown + "/edit")
			.param("titleEn", "x")
			.with(TestAccounts.as(this.officer))
			.with(csrf())).hasStatus(404);
		assertThat(this.mvc.post()
			.uri(unknown + "/signature")
			.param("place", "Bonn")
			.with(TestAccounts.as(this.officer))
			.with(csrf())).hasStatus(404);
		assertThat(this.mvc.get().uri("/agreements/not-an-id")).hasStatus4xxClientError();
		assertThat(put("/api/v1" + unknown, "{\"kind\": \"OTHER\", \"version\": 0}")).hasStatus(404);
		assertThat(post("/api/v1" + unknown + "/signature", "{\"place\": \"Bonn\"}")).hasStatus(404);
		assertThat(post("/api/v1" + unknown + "/entry-into-force", "{}")).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/agreements/not-an-id")).hasStatus(400);
	}

	@Test
	void aSignatureAtAnUnknownMeetingInTheFutureOrWithATooLongPlaceIsRefused() {
		AgreementView agreement = negotiated("Partnership " + TestOrganizations.unique());
		String signature = "/api/v1/agreements/" + agreement.id() + "/signature";
		assertThat(post(signature, "{\"meeting\": \"%s\"}".formatted(UUID.randomUUID()))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("meeting");
		assertThat(post(signature, "{\"place\": \"%s\"}".formatted("P".repeat(201)))).hasStatus(400);
		assertThat(post(signature, "{\"signedOn\": \"%s\"}".formatted(LocalDate.now().plusDays(1)))).hasStatus(409)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("agreement.rule.signed-in-future");
		assertThat(post("/api/v1/agreements/" + agreement.id() + "/entry-into-force", "{}")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("agreement.rule.not-signed");
		assertThat(TestAccounts.runAs(this.officer, () -> this.agreements.require(agreement.id())).status())
			.isEqualTo(AgreementStatus.UNDER_NEGOTIATION);
	}

	@Test
	void aFileOfAKindNotAcceptedIsRefusedOnThePageAndInTheApi() {
		AgreementView agreement = negotiated("Letter " + TestOrganizations.unique());
		String page = "/agreements/" + agreement.id();
		MockMultipartFile script = new MockMultipartFile("file", "signed.pdf", "application/pdf",
				"#!/bin/sh\necho signed\n".getBytes());
		assertThat(this.mvc.post()
			.uri(page + "/files")
			.multipart()
			.file(script)
			.header("Accept-Language", "es")
			.with(TestAccounts.as(this.officer))
			.with(csrf())).hasRedirectedUrl(page).flash().containsKey("problems");
		assertThat(this.mvc.post()
			.uri("/api/v1" + page + "/files")
			.multipart()
			.file(script)
			.header("Authorization", "Bearer " + this.token)).hasStatus(422);
		assertThat(TestAccounts.runAs(this.officer, () -> this.agreements.require(agreement.id())).documentFile())
			.isNull();
	}

	@Test
	void aConflictingEditKeepsWhatTheOfficerTyped() {
		AgreementView agreement = negotiated("Joint Work Plan " + TestOrganizations.unique());
		TestAccounts.runAs(this.officer,
				() -> this.agreements.update(agreement.id(), agreement.version(), new AgreementDetails(agreement.kind(),
						"CMS", agreement.partners(), "Edited elsewhere", null, null, null, null, null, null, null)));
		assertThat(this.mvc.post()
			.uri("/agreements/" + agreement.id() + "/edit")
			.param("kind", "JOINT_WORK_PLAN")
			.param("instrument", "CMS")
			.param("partners", this.partner.id().toString())
			.param("titleEn", "My careful title")
			.param("renewalTermsEn", "Renewed by tacit agreement")
			.param("version", String.valueOf(agreement.version()))
			.header("Accept-Language", "fr")
			.with(TestAccounts.as(this.officer))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("My careful title", "Renewed by tacit agreement", "Quelqu’un d’autre");
	}

	@Test
	void anAgreementThatNamedBothMergedOrganizationsKeepsTheSurvivorOnce() {
		OrganizationView survivor = this.organizations.ngo();
		OrganizationView duplicate = this.organizations.ngo();
		AgreementView agreement = TestAccounts.runAs(this.officer,
				() -> this.agreements.negotiate(new AgreementDetails(AgreementKind.MEMORANDUM_OF_UNDERSTANDING, "CMS",
						List.of(survivor.id(), duplicate.id()), "Memorandum " + TestOrganizations.unique(), null, null,
						null, null, null, null, null)));

		TestAccounts.runAs(this.officer, () -> this.registry.merge(survivor.id(), duplicate.id()));

		assertThat(TestAccounts.runAs(this.officer, () -> this.agreements.require(agreement.id())).partners())
			.containsExactly(survivor.id());
		assertThat(put("/api/v1/agreements/" + agreement.id(),
				"""
						{"kind": "OTHER", "instrument": "CMS", "partners": ["%s"], "titleEn": "Stale", "version": %d}"""
					.formatted(survivor.id(), agreement.version())))
			.as("the merge changed it: an edit on the old version")
			.hasStatus(409);
	}

	@Test
	void theExportsNeverShowAnAgreementUnderNegotiationToThePublic() {
		String title = "Negotiated " + TestOrganizations.unique();
		negotiated(title);

		assertThat(this.mvc.get().uri("/agreements/export.csv")).hasStatusOk().bodyText().doesNotContain(title);
		assertThat(this.mvc.get().uri("/agreements/export.csv?status=UNDER_NEGOTIATION")).hasStatusOk()
			.bodyText()
			.doesNotContain(title);
		assertThat(this.mvc.get().uri("/agreements/export.xlsx?status=UNDER_NEGOTIATION")).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/v1/agreements?status=UNDER_NEGOTIATION")).hasStatusOk()
			.bodyText()
			.doesNotContain(title);
		assertThat(this.mvc.get()
			.uri("/agreements/export.csv?status=UNDER_NEGOTIATION&partner=" + this.partner.id())
			.with(TestAccounts.as(this.officer))).hasStatusOk().bodyText().contains(title);
	}

	private List<String> titles() {
		return TestAccounts.runAs(this.officer, () -> this.agreements.list(AgreementQuery.ALL))
			.stream()
			.map(AgreementView::titleEn)
			.toList();
	}

	private AgreementView negotiated(String title) {
		return TestAccounts.runAs(this.officer,
				() -> this.agreements.negotiate(new AgreementDetails(AgreementKind.PARTNERSHIP_AGREEMENT, "CMS",
						List.of(this.partner.id()), title, null, null, null, null, null, null, null)));
	}

	private static String quoted(UUID id) {
		return "\"" + id + "\"";
	}

	private MvcTestResult post(String uri, String body) {
		return this.mvc.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header("Authorization", "Bearer " + this.token)
			.exchange();
	}

	private MvcTestResult put(String uri, String body) {
		return this.mvc.put()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header("Authorization", "Bearer " + this.token)
			.exchange();
	}

}
