package org.synergies.agreements;

import java.time.Clock;
import java.time.LocalDate;
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
import org.synergies.audit.AuditEntry;
import org.synergies.audit.AuditTrail;
import org.synergies.messaging.Outbox;
import org.synergies.messaging.SentMail;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestOrganizations;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work plan through the API: the Secretariat plans it under the agreement's dates, a
 * partner's member reports on their own deliverable (another organization's member may
 * not), the Secretariat returns and accepts, the partner is told in its language, the
 * public sees accepted progress only; late deliverables are listed; the status report
 * comes in every format. On H2 and, as a {@link DatabaseTest}, on PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class WorkPlanApiTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	Agreements agreements;

	@Autowired
	AuditTrail audit;

	@Autowired
	Outbox outbox;

	@Autowired
	Clock clock;

	AccountView officer;

	OrganizationView partner;

	AccountView member;

	String officerToken;

	@BeforeEach
	void agreementPartners() {
		this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		this.officerToken = this.accounts.apiToken(this.officer);
		this.partner = this.organizations.ngo();
		this.member = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("partner"), "Paula Partner",
				Language.FR, Set.of(Role.ORGANIZATION_MEMBER), Set.of(this.partner.id()), null));
	}

	@Test
	void aPartnersProgressIsReviewedBeforeThePublicSeesIt() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		AgreementView agreement = inForce(today.minusYears(2), today.plusYears(1));
		String base = "/api/v1/agreements/" + agreement.id() + "/work-plan";
		JsonNode goal = json(post(base + "/goals", "{\"titleEn\": \"Flyway networks\"}", this.officerToken), 201);
		assertThat(post(base + "/goals", "{\"titleEn\": \"Refused\"}", this.accounts.apiToken(this.member)))
			.hasStatus(403);
		String deliverable = """
				{"goal": "%s", "titleEn": "Site network guidance", "responsible": "%s", "dueOn": "%s",
				 "startsOn": "%s", "targets": [10, 13]}""";
		String goalId = goal.get("id").asString();
		assertThat(post(base + "/deliverables",
				deliverable.formatted(goalId, this.partner.id(), today.plusYears(2), today.minusDays(1)),
				this.officerToken))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("cannot be due after the agreement ends");
		assertThat(post(base + "/deliverables",
				deliverable.formatted(goalId, this.partner.id(), today.plusDays(5), today.plusDays(6)),
				this.officerToken))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("startsOn");
		assertThat(post(base + "/deliverables",
				deliverable.formatted(goalId, UUID.randomUUID(), today.plusDays(5), today.minusDays(1)),
				this.officerToken))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("responsible");
		JsonNode planned = json(post(base + "/deliverables",
				deliverable.formatted(goalId, this.partner.id(), today.plusDays(5), today.minusDays(1)),
				this.officerToken), 201);
		String progress = base + "/deliverables/" + planned.get("id").asString() + "/progress";
		String note = """
				{"status": "IN_PROGRESS", "percent": 40, "notedOn": "%s", "noteFr": "Projet rédigé.", "version": %d}""";

		AccountView other = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("other"), "Other",
				Language.EN, Set.of(Role.ORGANIZATION_MEMBER), Set.of(this.organizations.ngo().id()), null));
		assertThat(post(progress, note.formatted(today, 0), this.accounts.apiToken(other))).hasStatus(403);
		assertThat(post(progress, note.formatted(today, 0), this.accounts.apiToken(this.member))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.submission.review")
			.isEqualTo("SUBMITTED");
		assertThat(post(progress, note.formatted(today, 1), this.accounts.apiToken(this.member))).hasStatus(409)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("work-plan.rule.awaiting-review");
		assertThat(this.mvc.get().uri(base)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.goals[0].deliverables[0].status")
			.isEqualTo("NOT_STARTED");
		assertThat(this.mvc.get().uri(base)).bodyText().doesNotContain("Projet rédigé.");

		String review = base + "/deliverables/" + planned.get("id").asString() + "/review";
		assertThat(post(review, "{\"outcome\": \"RETURN\", \"version\": 1}", this.officerToken)).hasStatus(400);
		assertThat(post(review, "{\"outcome\": \"RETURN\", \"comment\": \"Chiffres ?\", \"version\": 0}",
				this.officerToken))
			.hasStatus(409);
		assertThat(post(review, "{\"outcome\": \"RETURN\", \"comment\": \"Ajoutez les chiffres.\", \"version\": 1}",
				this.officerToken))
			.hasStatusOk();
		SentMail returned = this.outbox.sentTo(this.member.email()).get(0);
		assertThat(returned.template()).isEqualTo("work-plan-returned");
		assertThat(returned.subject()).contains("Site network guidance", "renvoyé");
		assertThat(returned.body()).contains("Ajoutez les chiffres.", agreement.titleEn());

		assertThat(post(progress, note.formatted(today, 2), this.accounts.apiToken(this.member))).hasStatusOk();
		assertThat(post(review, "{\"outcome\": \"ACCEPT\", \"version\": 3}", this.officerToken)).hasStatusOk();
		assertThat(this.outbox.sentTo(this.member.email()).get(0).template()).isEqualTo("work-plan-accepted");
		JsonNode plan = json(this.mvc.get().uri(base).exchange(), 200);
		assertThat(plan.at("/goals/0/deliverables/0/status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(plan.at("/goals/0/deliverables/0/notes/0/noteFr").asString()).isEqualTo("Projet rédigé.");
		assertThat(plan.at("/goals/0/progress").asInt()).isEqualTo(40);
		assertThat(this.audit.historyOf(WorkPlans.DELIVERABLE, UUID.fromString(planned.get("id").asString())))
			.extracting(AuditEntry::action)
			.containsExactly("progress-accepted", "progress-submitted", "progress-returned", "progress-submitted",
					"created");
	}

	@Test
	void lateDeliverablesAreListedForTheSecretariatAndFlaggedInTheReport() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		AgreementView agreement = inForce(today.minusYears(3), today.plusYears(1));
		String base = "/api/v1/agreements/" + agreement.id() + "/work-plan";
		String goal = json(
				post(base + "/goals", "{\"titleEn\": \"Outreach\", \"titleEs\": \"Divulgación\"}", this.officerToken),
				201)
			.get("id")
			.asString();
		String late = json(post(base + "/deliverables",
				"""
						{"goal": "%s", "titleEn": "Joint campaign", "titleEs": "Campaña conjunta", "dueOn": "%s", "targets": [1]}"""
					.formatted(goal, today.minusDays(3)),
				this.officerToken), 201)
			.get("id")
			.asString();

		assertThat(this.mvc.get().uri("/api/v1/agreements/work-plans/late")).hasStatus(401);
		assertThat(this.mvc.get()
			.uri("/api/v1/agreements/work-plans/late")
			.header("Authorization", "Bearer " + this.officerToken)).hasStatusOk().bodyText().contains(late);
		assertThat(this.mvc.get().uri(base + "/report?format=html&language=es")).hasStatusOk()
			.bodyText()
			.contains("Campaña conjunta", "Retrasado", "Divulgación");
		assertThat(this.mvc.get().uri(base + "/report?format=docx&language=fr")).hasStatusOk()
			.hasContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		MvcTestResult pdf = this.mvc.get().uri(base + "/report?format=pdf&language=en").exchange();
		assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
		assertThat(this.mvc.get().uri(base + "/report?format=odt")).hasStatus(400);
	}

	private AgreementView inForce(LocalDate from, LocalDate until) {
		return TestAccounts.runAs(this.officer, () -> {
			AgreementView created = this.agreements
				.negotiate(new AgreementDetails(AgreementKind.JOINT_WORK_PLAN, "CMS", List.of(this.partner.id()),
						"Joint Work Plan " + TestOrganizations.unique(), null, null, from, until, null, null, null));
			this.agreements.sign(created.id(), new AgreementSignature(from, "Bonn", null));
			return this.agreements.enterIntoForce(created.id(), null);
		});
	}

	private JsonNode json(MvcTestResult result, int status) throws Exception {
		assertThat(result).hasStatus(status);
		return JSON.readTree(result.getResponse().getContentAsString());
	}

	private MvcTestResult post(String uri, String body, String token) {
		return this.mvc.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header("Authorization", "Bearer " + token)
			.exchange();
	}

}
