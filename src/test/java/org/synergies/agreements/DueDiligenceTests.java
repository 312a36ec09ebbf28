package org.synergies.agreements;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.synergies.accounts.AccountDetails;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.agreements.internal.DueDiligenceAnswer;
import org.synergies.agreements.internal.DueDiligenceConclusion;
import org.synergies.agreements.internal.DueDiligenceReviewView;
import org.synergies.agreements.internal.DueDiligenceReviews;
import org.synergies.agreements.internal.DueDiligenceStatus;
import org.synergies.agreements.internal.DueDiligenceVerdict;
import org.synergies.audit.AuditEntry;
import org.synergies.audit.AuditTrail;
import org.synergies.organizations.OrganizationDetails;
import org.synergies.organizations.OrganizationKind;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.RuleViolationException;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestOrganizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * An agreement with a private-sector organization is signed only once its due-diligence
 * review is approved: recorded by one officer, approved by another, against the checklist
 * version it started with. The review is the Secretariat's alone. Runs on H2 and, as a
 * {@link DatabaseTest}, on PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class DueDiligenceTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	Agreements agreements;

	@Autowired
	DueDiligenceReviews reviews;

	@Autowired
	AuditTrail audit;

	AccountView officer;

	AccountView approver;

	OrganizationView company;

	@BeforeEach
	void officersAndCompany() {
		this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		this.approver = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		this.company = this.organizations
			.register(new OrganizationDetails("Test Wind Power " + TestOrganizations.unique(), null, null, null, null,
					OrganizationKind.PRIVATE_SECTOR, "DE", Set.of(), null, null, null, null, Set.of("CMS"), Set.of()));
	}

	@Test
	void signingIsRefusedUntilAnotherOfficerApprovesACompleteReview() {
		AgreementView agreement = negotiated();
		UUID id = agreement.id();
		AgreementSignature signature = new AgreementSignature(null, "Bonn", null);

		assertThatThrownBy(() -> asOfficer(() -> this.agreements.sign(id, signature)))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("due-diligence.rule.approval-required");
		DueDiligenceReviewView started = asOfficer(() -> this.reviews.start(id));
		assertThat(started.checklist().number()).isGreaterThanOrEqualTo(1);
		assertThatThrownBy(() -> asOfficer(() -> this.reviews.start(id))).hasMessage("due-diligence.rule.open-review");

		assertThatThrownBy(() -> asOfficer(() -> this.reviews.write(id, started.id(), started.version(),
				List.of(new DueDiligenceAnswer("OBJECTIVES", DueDiligenceVerdict.MET, null)),
				DueDiligenceConclusion.APPROVE, "Fine.", true)))
			.isInstanceOf(InvalidInputException.class);
		assertThat(asOfficer(() -> this.reviews.latest(id)).orElseThrow().answers()).as("nothing half-saved").isEmpty();

		DueDiligenceReviewView recorded = asOfficer(() -> this.reviews.write(id, started.id(), started.version(),
				everyItem(started, DueDiligenceVerdict.MET), DueDiligenceConclusion.APPROVE_WITH_CONDITIONS,
				"No use of the logo in product marketing.", true));
		assertThat(recorded.status()).isEqualTo(DueDiligenceStatus.RECORDED);
		assertThatThrownBy(() -> asOfficer(() -> this.agreements.sign(id, signature)))
			.hasMessage("due-diligence.rule.approval-required");
		assertThatThrownBy(() -> asOfficer(() -> this.reviews.approve(id, recorded.id(), recorded.version())))
			.hasMessage("due-diligence.rule.own-review");

		DueDiligenceReviewView approved = TestAccounts.runAs(this.approver,
				() -> this.reviews.approve(id, recorded.id(), recorded.version()));
		assertThat(approved.approvedBy()).contains(this.approver.email());
		assertThat(approved.recordedBy()).contains(this.officer.email());
		assertThatThrownBy(() -> asOfficer(
				() -> this.reviews.write(id, approved.id(), approved.version(), List.of(), null, null, false)))
			.hasMessage("due-diligence.rule.approved-final");

		assertThat(asOfficer(() -> this.agreements.sign(id, signature)).status()).isEqualTo(AgreementStatus.SIGNED);
		assertThat(this.audit.historyOf(Agreements.AUDITED_AS, id)).extracting(AuditEntry::action)
			.containsSubsequence("signed", "due-diligence-approved", "due-diligence-recorded", "due-diligence-started");
	}

	@Test
	void anApprovedRejectionKeepsTheAgreementUnsignedAndANgoNeedsNoReview() {
		AgreementView agreement = negotiated();
		DueDiligenceReviewView started = asOfficer(() -> this.reviews.start(agreement.id()));
		DueDiligenceReviewView recorded = asOfficer(() -> this.reviews.write(agreement.id(), started.id(),
				started.version(), everyItem(started, DueDiligenceVerdict.NOT_MET), DueDiligenceConclusion.REJECT,
				"Reputational risk too high.", true));
		TestAccounts.runAs(this.approver,
				() -> this.reviews.approve(agreement.id(), recorded.id(), recorded.version()));

		assertThatThrownBy(
				() -> asOfficer(() -> this.agreements.sign(agreement.id(), new AgreementSignature(null, "Bonn", null))))
			.hasMessage("due-diligence.rule.rejected");

		AgreementView withNgo = asOfficer(() -> this.agreements.negotiate(
				new AgreementDetails(AgreementKind.PARTNERSHIP_AGREEMENT, "CMS", List.of(this.organizations.ngo().id()),
						"Partnership " + TestOrganizations.unique(), null, null, null, null, null, null, null)));
		assertThatThrownBy(() -> asOfficer(() -> this.reviews.start(withNgo.id())))
			.hasMessage("due-diligence.rule.not-needed");
		assertThat(asOfficer(() -> this.agreements.sign(withNgo.id(), new AgreementSignature(null, "Bonn", null)))
			.status()).isEqualTo(AgreementStatus.SIGNED);
	}

	@Test
	void theApiRefusesTheSignatureWithTheRuleAndKeepsTheReviewFromEveryoneButTheSecretariat() throws Exception {
		AgreementView agreement = negotiated();
		String base = "/api/v1/agreements/" + agreement.id();
		String officerToken = this.accounts.apiToken(this.officer);
		AccountView member = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("company"), "Member",
				Language.EN, Set.of(Role.ORGANIZATION_MEMBER), Set.of(this.company.id()), null));

		assertThat(post(base + "/signature", "{\"place\": \"Bonn\"}", officerToken)).hasStatus(409)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("due-diligence.rule.approval-required");
		MvcTestResult started = post(base + "/due-diligence", "{}", officerToken);
		assertThat(started).hasStatus(201);
		String review = started.getResponse().getContentAsString().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

		assertThat(this.mvc.get().uri(base + "/due-diligence")).as("the public").hasStatus(401);
		assertThat(this.mvc.get()
			.uri(base + "/due-diligence")
			.header("Authorization", "Bearer " + this.accounts.apiToken(member))).as("the company's own member")
			.hasStatus(403);
		assertThat(this.mvc.get().uri("/agreements/" + agreement.id() + "/due-diligence").with(TestAccounts.as(member)))
			.hasStatus(403);

		List<String> codes = asOfficer(() -> this.reviews.latest(agreement.id())).orElseThrow().checklist().codes();
		String unknown = """
				{"verdicts": [{"item": "NOWHERE", "verdict": "MET"}], "conclusion": "APPROVE",
				 "conclusionText": "Fine.", "record": true, "version": 0}""";
		assertThat(put(base + "/due-diligence/" + review, unknown, officerToken)).hasStatus(400)
			.bodyText()
			.contains("The checklist has no item NOWHERE");
		String incomplete = """
				{"verdicts": [], "conclusion": "APPROVE", "conclusionText": "Fine.", "record": true, "version": %d}""";
		assertThat(put(base + "/due-diligence/" + review, incomplete.formatted(0), officerToken)).hasStatus(400)
			.bodyText()
			.contains("Answer item " + codes.get(0) + " of the checklist.");
		assertThat(put(base + "/due-diligence/" + review, incomplete.formatted(7), officerToken)).hasStatus(409);
		assertThat(this.mvc.get().uri(base + "/due-diligence").header("Authorization", "Bearer " + officerToken))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].status")
			.isEqualTo("IN_PROGRESS");
	}

	@Test
	void officersWriteRecordAndApproveThroughThePagesAndANewChecklistLeavesOldReviewsAlone() {
		AgreementView agreement = negotiated();
		String page = "/agreements/" + agreement.id() + "/due-diligence";
		assertThat(this.mvc.get().uri("/agreements/" + agreement.id()).with(TestAccounts.as(this.officer)))
			.hasStatusOk()
			.bodyText()
			.contains("No review yet");
		assertThat(this.mvc.post().uri(page).with(TestAccounts.as(this.officer)).with(csrf()))
			.hasRedirectedUrl(page + "?started=");
		DueDiligenceReviewView review = asOfficer(() -> this.reviews.latest(agreement.id())).orElseThrow();

		var save = this.mvc.post()
			.uri(page + "/" + review.id())
			.param("version", String.valueOf(review.version()))
			.param("conclusion", "APPROVE")
			.param("conclusionText", "Meets the Code of Conduct.")
			.param("record", "true");
		for (var item : review.checklist().items()) {
			save.param("verdict." + item.code(), "MET").param("comment." + item.code(), "Checked.");
		}
		assertThat(save.with(TestAccounts.as(this.officer)).with(csrf())).hasStatus3xxRedirection()
			.flash()
			.doesNotContainKey("problems");
		DueDiligenceReviewView recorded = asOfficer(() -> this.reviews.latest(agreement.id())).orElseThrow();
		assertThat(recorded.status()).isEqualTo(DueDiligenceStatus.RECORDED);
		assertThat(this.mvc.post()
			.uri(page + "/" + review.id() + "/approval")
			.param("version", String.valueOf(recorded.version()))
			.with(TestAccounts.as(this.officer))
			.with(csrf())).flash()
			.containsEntry("problems",
					List.of("The review must be approved by an officer other than the one who recorded it."));
		assertThat(this.mvc.post()
			.uri(page + "/" + review.id() + "/approval")
			.param("version", String.valueOf(recorded.version()))
			.with(TestAccounts.as(this.approver))
			.with(csrf())).hasRedirectedUrl(page + "?approved=");
		assertThat(this.mvc.get().uri(page).header("Accept-Language", "fr").with(TestAccounts.as(this.approver)))
			.hasStatusOk()
			.bodyText()
			.contains("Approuvé", this.approver.email(), "Diligence raisonnable");
		assertThat(this.mvc.get().uri("/agreements/" + agreement.id()).with(TestAccounts.as(this.officer)))
			.hasStatusOk()
			.bodyText()
			.contains("Review against version " + review.checklist().number() + " of the checklist: Approved.");

		String token = this.accounts.apiToken(this.officer);
		MvcTestResult added = post("/api/v1/due-diligence-checklists", """
				{"items": [{"code": "CLIMATE", "textEn": "Climate commitments", "textFr": "Engagements climatiques",
				 "textEs": "Compromisos climáticos"}]}""", token);
		assertThat(added).hasStatus(201);
		assertThat(post("/api/v1/due-diligence-checklists", "{\"items\": [{\"code\": \"bad code\"}]}", token))
			.hasStatus(400);
		assertThat(asOfficer(() -> this.reviews.latest(agreement.id())).orElseThrow().checklist().number())
			.isEqualTo(review.checklist().number());
		AgreementView next = negotiated();
		assertThat(asOfficer(() -> this.reviews.start(next.id())).checklist().codes()).containsExactly("CLIMATE");
	}

	private List<DueDiligenceAnswer> everyItem(DueDiligenceReviewView review, DueDiligenceVerdict verdict) {
		return review.checklist()
			.items()
			.stream()
			.map(item -> new DueDiligenceAnswer(item.code(), verdict, "Checked."))
			.toList();
	}

	private AgreementView negotiated() {
		return asOfficer(() -> this.agreements
			.negotiate(new AgreementDetails(AgreementKind.LETTER_OF_AGREEMENT, "CMS", List.of(this.company.id()),
					"Letter of Agreement " + TestOrganizations.unique(), null, null, null, null, null, null, null)));
	}

	private <T> T asOfficer(java.util.function.Supplier<T> action) {
		return TestAccounts.runAs(this.officer, action);
	}

	private MvcTestResult post(String uri, String body, String token) {
		return this.mvc.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header("Authorization", "Bearer " + token)
			.exchange();
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
