package org.synergies.accreditation;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.accreditation.WorkingGroupMember.Represents;
import org.synergies.meetings.DecisionView;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.messaging.Outbox;
import org.synergies.messaging.SentMail;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;
import org.synergies.support.TestAccreditation.Ngo;
import org.synergies.support.TestEvents;
import org.synergies.support.TestOrganizations;
import org.synergies.support.TestReporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The accreditation module with what it depends on: its façades publish facts, and its
 * listener writes the applicant's e-mail after commit. It adopts process versions, which
 * would leave the other tests' open call under a superseded process: it has a database of
 * its own.
 */
@SpringBootTest(properties = "synergies.test.fresh=accreditation-module")
@EnableScenarios
@DatabaseTest
class AccreditationModuleTests {

	@Autowired
	TestAccreditation fixtures;

	@Autowired
	AccreditationApplications applications;

	@Autowired
	Screening screening;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestEvents listeners;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AccreditationProcesses processes;

	@Autowired
	WorkingGroups groups;

	@Autowired
	GoverningBodies bodies;

	@Test
	void submittingAnApplicationPublishesItsStatusChangeAndTheApplicantGetsAReceipt(Scenario scenario) {
		this.fixtures.processInForceWithOpenCall();
		Ngo ngo = this.fixtures.ngo(Language.EN);
		ApplicationView draft = this.fixtures.completeDraft(ngo);

		scenario.stimulate(() -> TestAccounts.runAs(ngo.member(), () -> this.applications.submit(draft.id())))
			.andWaitForEventOfType(ApplicationStatusChanged.class)
			.matching(event -> event.application().equals(draft.id()))
			.toArriveAndVerify(event -> {
				assertThat(event.from()).isEqualTo(ApplicationStatus.DRAFT);
				assertThat(event.to()).isEqualTo(ApplicationStatus.SUBMITTED);
				assertThat(event.organization()).isEqualTo(ngo.organization().id());
			});
		assertThat(await().until(() -> sent(ngo, "accreditation-submitted"), mails -> !mails.isEmpty())).singleElement()
			.satisfies(mail -> assertThat(mail.subject()).contains(ngo.organization().officialName()));
	}

	@Test
	void aScreeningQuestionReachesTheApplicantWithItsDueDate(Scenario scenario) {
		this.fixtures.processInForceWithOpenCall();
		Ngo ngo = this.fixtures.ngo(Language.EN);
		ApplicationView submitted = this.fixtures.submitted(ngo);
		LocalDate dueOn = LocalDate.now().plusDays(10);

		scenario.stimulate(() -> this.screening.ask(submitted.id(), "Which species do you work on?", dueOn))
			.andWaitForEventOfType(ScreeningQuestionAsked.class)
			.matching(event -> event.application().equals(submitted.id()))
			.toArriveAndVerify(event -> {
				assertThat(event.text()).isEqualTo("Which species do you work on?");
				assertThat(event.dueOn()).isEqualTo(dueOn);
			});
		assertThat(await().until(() -> sent(ngo, "accreditation-question"), mails -> !mails.isEmpty())).singleElement()
			.satisfies(mail -> assertThat(mail.body()).contains("Which species do you work on?"));
	}

	@Test
	void anEventPublishedAgainWritesTheSameMessageOnce(Scenario scenario) {
		this.fixtures.processInForceWithOpenCall();
		Ngo ngo = this.fixtures.ngo(Language.EN);
		ApplicationView submitted = this.fixtures.submitted(ngo);
		this.listeners.settle();
		ApplicationStatusChanged returned = new ApplicationStatusChanged(submitted.id(), ngo.organization().id(),
				ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED, "Criterion C2 is empty.", 99);

		long before = handled(returned);
		scenario.publish(returned)
			.andWaitForStateChange(() -> handled(returned), count -> count == before + 1)
			.andVerify(count -> assertThat(sent(ngo, "accreditation-returned")).hasSize(1));
		scenario.publish(returned)
			.andWaitForStateChange(() -> handled(returned), count -> count == before + 2)
			.andVerify(count -> assertThat(sent(ngo, "accreditation-returned")).as("the same occurrence, queued once")
				.hasSize(1));
	}

	@Test
	void theWorkingGroupHearsThatTheVersionItDraftedWasAdoptedEachMemberInTheirLanguage(Scenario scenario) {
		this.fixtures.adoptNewVersion();
		GoverningBody group = this.bodies.createWorkingGroup("IWG-" + TestOrganizations.unique().toUpperCase(),
				"Intersessional working group on accreditation", null, null);
		AccountView party = this.accounts.active(Language.FR, Role.NATIONAL_FOCAL_POINT);
		AccountView ngo = this.accounts.active(Language.ES);
		this.groups.addMember(group.id(), party.email(), Represents.PARTY, "FR", null);
		this.groups.addMember(group.id(), ngo.email(), Represents.NGO, null, null);
		ProcessView draft = this.processes.startDraft(group.id());
		this.processes.write(draft.id(), draft.version(), TestAccreditation.CONTENT);
		this.processes.submit(draft.id());
		DecisionView decision = this.fixtures.writtenDecision("Adopts the process drafted by the working group.");

		scenario.stimulate(() -> this.processes.adopt(draft.id(), decision.id()))
			.andWaitForEventOfType(ProcessAdopted.class)
			.matching(event -> event.process().equals(draft.id()))
			.toArriveAndVerify(event -> assertThat(event.decision()).isEqualTo(decision.id()));
		assertThat(await().until(() -> adoptionMails(party), mails -> !mails.isEmpty())).singleElement()
			.satisfies(mail -> {
				assertThat(mail.subject())
					.isEqualTo("La version " + draft.number() + " de la procédure d’accréditation est adoptée");
				assertThat(mail.body()).contains(decision.reference()).contains("/accreditation/process/" + draft.id());
			});
		assertThat(await().until(() -> adoptionMails(ngo), mails -> !mails.isEmpty())).singleElement()
			.satisfies(mail -> assertThat(mail.subject())
				.isEqualTo("La versión " + draft.number() + " del procedimiento de acreditación ha sido adoptada"));
	}

	private List<SentMail> adoptionMails(AccountView member) {
		return this.outbox.sentTo(member.email())
			.stream()
			.filter(mail -> mail.template().equals("accreditation-process-adopted"))
			.toList();
	}

	/** How many times the e-mail listener completed for this event. */
	private long handled(ApplicationStatusChanged event) {
		return this.jdbc
			.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NOT NULL"
					+ " AND listener_id LIKE '%AccreditationMails.statusChanged%' AND serialized_event LIKE :id")
			.param("id", "%" + event.application() + "%")
			.query(Long.class)
			.single();
	}

	private List<SentMail> sent(Ngo ngo, String template) {
		return this.outbox.sentTo(ngo.member().email())
			.stream()
			.filter(mail -> mail.template().equals(template))
			.toList();
	}

}
