package org.synergies.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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
import org.synergies.agreements.internal.ExpiryWarningRecords;
import org.synergies.agreements.internal.ExpiryWarnings;
import org.synergies.audit.AuditEntry;
import org.synergies.audit.AuditTrail;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.DecisionView;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.meetings.NewDecision;
import org.synergies.meetings.NewMeeting;
import org.synergies.messaging.Outbox;
import org.synergies.messaging.SentMail;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestOrganizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * An agreement ending before the next Standing Committee meeting (plus the margin) is
 * proposed for its agenda and the Secretariat warned once; its extension goes through a
 * proposal adopted by a decision of the Committee, and only so; the agreement and the
 * decision then link to each other. Runs on H2 and, as a {@link DatabaseTest}, on
 * PostgreSQL.
 */
// a context and database of its own: the warning job e-mails every active officer about
// every
// agreement ending before a meeting, and in the shared database (hundreds of officers,
// agreements and meetings made by other tests) that backlog held up other tests' mails
@SpringBootTest(properties = "synergies.test.fresh=agreement-actions")
@AutoConfigureMockMvc
@DatabaseTest
class AgreementActionsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	Agreements agreements;

	@Autowired
	AgreementActions actions;

	@Autowired
	ExpiryAgenda agenda;

	@Autowired
	ExpiryWarnings warnings;

	@Autowired
	ExpiryWarningRecords warned;

	@Autowired
	GoverningBodies bodies;

	@Autowired
	Outbox outbox;

	@Autowired
	AuditTrail audit;

	AccountView officer;

	OrganizationView partner;

	@BeforeEach
	void officerAndPartner() {
		this.officer = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("officer"), "Officier Expiry",
				Language.FR, java.util.Set.of(Role.SECRETARIAT_OFFICER), java.util.Set.of(), null));
		this.partner = this.organizations.ngo();
	}

	@Test
	void anAgreementExpiringBeforeTheNextCommitteeIsProposedAndExtendedOnlyByItsDecision() {
		LocalDate today = LocalDate.now();
		MeetingView meeting = meeting(today.plusDays(30));
		AgreementView plan = inForce("Joint Work Plan " + TestOrganizations.unique(), today.plusDays(100));
		AgreementView later = inForce("Joint Work Plan " + TestOrganizations.unique(), today.plusDays(200));

		assertThat(this.agenda.of(meeting.id()).orElseThrow().items()).extracting(item -> item.agreement().id())
			.contains(plan.id())
			.doesNotContain(later.id());
		assertThat(this.mvc.get().uri("/agreements/agenda/" + meeting.id()).with(TestAccounts.as(this.officer)))
			.hasStatusOk()
			.bodyText()
			.contains(plan.titleEn(), "Not yet");
		assertThat(this.mvc.get().uri("/meetings/" + meeting.id()).with(TestAccounts.as(this.officer))).hasStatusOk()
			.bodyText()
			.contains("Proposed agenda items", plan.titleEn());
		assertThat(this.mvc.get().uri("/meetings/" + meeting.id())).as("the public")
			.hasStatusOk()
			.bodyText()
			.doesNotContain(plan.titleEn());
		assertThat(this.mvc.get().uri("/agreements/agenda")).as("the public").hasStatus3xxRedirection();

		this.warnings.warn();
		this.warnings.warn();
		assertThat(this.warned.warnedFor(meeting.id())).containsKey(plan.id()).doesNotContainKey(later.id());
		List<SentMail> mails = this.outbox.sentTo(this.officer.email())
			.stream()
			.filter(mail -> mail.subject().contains(plan.titleEn()))
			.filter(mail -> mail.body().contains("/agreements/agenda/" + meeting.id()))
			.toList();
		assertThat(mails).as("one warning for this meeting, however often the job runs")
			.singleElement()
			.satisfies(mail -> assertThat(mail.subject()).contains("Pour l’ordre du jour de " + meeting.code()))
			.satisfies(mail -> assertThat(mail.body()).contains("/agreements/agenda/" + meeting.id()));

		String page = "/agreements/" + plan.id();
		LocalDate until = today.plusYears(2);
		assertThat(this.mvc.put()
			.uri("/api/v1/agreements/" + plan.id())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind": "JOINT_WORK_PLAN", "instrument": "CMS", "partners": ["%s"], "titleEn": "%s",
					 "validUntil": "%s", "status": "EXTENDED", "version": %d}""".formatted(this.partner.id(),
					plan.titleEn(), until, plan.version()))
			.header("Authorization", "Bearer " + this.accounts.apiToken(this.officer))).as("no extension by editing")
			.hasStatus(400);
		assertThat(post(page + "/actions", "kind", "EXTENSION", "validUntil", today.plusDays(50).toString())).flash()
			.containsEntry("problems", List.of("An extension must end after the agreement’s present last day."));
		assertThat(post(page + "/actions", "kind", "EXTENSION", "validUntil", until.toString(), "explanation",
				"Until it can be revised."))
			.flash()
			.doesNotContainKey("problems");
		AgreementActionView proposed = TestAccounts.runAs(this.officer, () -> this.actions.of(plan.id())).get(0);
		assertThat(this.agreements.find(plan.id()).orElseThrow().status()).isEqualTo(AgreementStatus.IN_FORCE);
		assertThat(this.mvc.get().uri("/api/v1/agreements/" + plan.id() + "/actions")).as("public: adopted only")
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(0);

		String action = page + "/actions/" + proposed.id();
		DecisionView cop = TestAccounts.runAs(this.officer,
				() -> this.bodies.record(new NewDecision(GoverningBody.CONFERENCE_OF_THE_PARTIES, null,
						DecisionProcedure.WRITTEN_PROCEDURE, "COP/WP/" + TestOrganizations.unique(), today,
						"Not the Committee.", null)));
		assertThat(post(action + "/adopt", "decision", cop.id().toString())).flash()
			.containsKey("problems")
			.as("not submitted yet");
		assertThat(post(action + "/submit")).flash().doesNotContainKey("problems");
		assertThat(post(action + "/adopt", "decision", cop.id().toString())).flash()
			.containsEntry("problems", List
				.of("An agreement is extended, revised or terminated by a decision of the Standing Committee."));
		assertThat(this.agreements.find(plan.id()).orElseThrow().validUntil()).isEqualTo(plan.validUntil());

		DecisionView decision = TestAccounts.runAs(this.officer,
				() -> this.bodies.record(new NewDecision(GoverningBody.STANDING_COMMITTEE, null,
						DecisionProcedure.WRITTEN_PROCEDURE, "StC/WP/" + TestOrganizations.unique(), today,
						"The Standing Committee extends the plan.", null)));
		assertThat(post(action + "/adopt", "decision", decision.id().toString())).flash().doesNotContainKey("problems");

		AgreementView extended = this.agreements.find(plan.id()).orElseThrow();
		assertThat(extended.status()).isEqualTo(AgreementStatus.EXTENDED);
		assertThat(extended.validUntil()).isEqualTo(until);
		assertThat(this.audit.historyOf(Agreements.AUDITED_AS, plan.id())).extracting(AuditEntry::action)
			.contains("extension");
		assertThat(this.agenda.of(meeting.id()).orElseThrow().items()).extracting(item -> item.agreement().id())
			.doesNotContain(plan.id());
		assertThat(this.mvc.get().uri(page).header("Accept-Language", "es")).hasStatusOk()
			.bodyText()
			.contains("Decisiones sobre este acuerdo", "Prórroga", decision.reference(), "Prorrogado");
		assertThat(this.mvc.get().uri("/decisions/" + decision.id()).header("Accept-Language", "en")).hasStatusOk()
			.bodyText()
			.contains("What this decision changed", "Extended until", plan.titleEn());
		assertThat(this.mvc.get().uri("/api/v1/agreements/" + plan.id() + "/actions")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].decision")
			.isEqualTo(decision.id().toString());
	}

	@Test
	void theApiProposesAndTerminatesOnlyForTheSecretariat() throws Exception {
		AgreementView plan = inForce("Memorandum " + TestOrganizations.unique(), LocalDate.now().plusYears(1));
		AccountView member = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("member"), "Member",
				Language.EN, java.util.Set.of(Role.ORGANIZATION_MEMBER), java.util.Set.of(this.partner.id()), null));
		String uri = "/api/v1/agreements/" + plan.id() + "/actions";
		String termination = "{\"kind\": \"TERMINATION\", \"explanation\": \"Superseded by a new memorandum.\"}";

		assertThat(api(uri, termination, this.accounts.apiToken(member))).hasStatus(403);
		MvcTestResult proposed = api(uri, termination, this.accounts.apiToken(this.officer));
		assertThat(proposed).hasStatus(201);
		String id = proposed.getResponse().getContentAsString().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		assertThat(api(uri, termination, this.accounts.apiToken(this.officer))).as("one at a time").hasStatus(409);
		assertThat(api(uri + "/" + id + "/submission", "{}", this.accounts.apiToken(this.officer))).hasStatusOk();
		assertThat(api(uri + "/" + id + "/adopt", "{\"decision\": \"" + UUID.randomUUID() + "\"}",
				this.accounts.apiToken(this.officer)))
			.hasStatus(404);
		DecisionView decision = TestAccounts.runAs(this.officer,
				() -> this.bodies.record(new NewDecision(GoverningBody.STANDING_COMMITTEE, null,
						DecisionProcedure.WRITTEN_PROCEDURE, "StC/WP/" + TestOrganizations.unique(), LocalDate.now(),
						"Terminates the memorandum.", null)));
		assertThat(api(uri + "/" + id + "/adopt", "{\"decision\": \"" + decision.id() + "\"}",
				this.accounts.apiToken(this.officer)))
			.hasStatusOk();
		assertThat(this.agreements.find(plan.id()).orElseThrow().status()).isEqualTo(AgreementStatus.TERMINATED);
		assertThat(api(uri, termination, this.accounts.apiToken(this.officer))).as("nothing left to decide")
			.hasStatus(409);
	}

	private MeetingView meeting(LocalDate opens) {
		return TestAccounts.runAs(this.officer,
				() -> this.bodies.schedule(new NewMeeting(GoverningBody.STANDING_COMMITTEE,
						ThreadLocalRandom.current().nextInt(1000, 1_000_000), opens, opens.plusDays(1), "Bonn", "DE")));
	}

	private AgreementView inForce(String title, LocalDate until) {
		return TestAccounts.runAs(this.officer, () -> {
			AgreementView agreement = this.agreements.negotiate(new AgreementDetails(AgreementKind.JOINT_WORK_PLAN,
					"CMS", List.of(this.partner.id()), title, null, null, null, until, null, null, null));
			this.agreements.sign(agreement.id(), new AgreementSignature(LocalDate.now().minusDays(10), "Bonn", null));
			return this.agreements.enterIntoForce(agreement.id(), null);
		});
	}

	private MvcTestResult post(String uri, String... params) {
		var request = this.mvc.post().uri(uri).with(TestAccounts.as(this.officer)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	private MvcTestResult api(String uri, String body, String token) {
		return this.mvc.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header("Authorization", "Bearer " + token)
			.exchange();
	}

}
