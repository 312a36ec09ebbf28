package org.synergies.mandates;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.DecisionView;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.meetings.NewDecision;
import org.synergies.meetings.NewMeeting;
import org.synergies.messaging.Outbox;
import org.synergies.messaging.SentMail;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Submitting amendments publishes {@link AmendmentSubmitted} and adopting them
 * {@link AmendmentAdopted}; after the commit each Secretariat officer gets an e-mail in
 * their language (a French officer, in French).
 */
@SpringBootTest
@EnableScenarios
@DatabaseTest
class AmendmentEventsTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	GoverningBodies bodies;

	@Autowired
	Mandates mandates;

	@Autowired
	Amendments amendments;

	@Autowired
	Outbox outbox;

	@Test
	void submittingAndAdoptingAmendmentsPublishesFactsAndWritesToTheSecretariat(Scenario scenario) {
		AccountView officer = this.accounts.active(Language.FR, Role.SECRETARIAT_OFFICER);
		MeetingView cop = TestAccounts.runAs(officer,
				() -> this.bodies.schedule(new NewMeeting(GoverningBody.CONFERENCE_OF_THE_PARTIES,
						5000 + MandatePagesTests.NEXT.incrementAndGet() % 4000, LocalDate.parse("2020-02-17"),
						LocalDate.parse("2020-02-22"), "Gandhinagar", "IN")));
		String number = MandatePagesTests.uniqueNumber();
		AmendmentView draft = TestAccounts.runAs(officer, () -> {
			MandateView base = this.mandates.record(new MandateDetails(MandateKind.RESOLUTION, number, "COP12",
					"Synergies and Partnerships", null, null, cop.id(), MandateStatus.ADOPTED));
			base = this.mandates.enter(base.id(), base.version(), List.of(new ParagraphDetails(Language.EN,
					ParagraphKind.OPERATIVE, "1", "Stresses", "the importance of cooperation;", null, null)));
			AmendmentView drafted = this.amendments.draft(base.id(), cop.id(), null);
			return this.amendments.apply(drafted.id(), drafted.version(), AmendmentOperation.insert(Language.EN,
					ParagraphKind.OPERATIVE, "1.bis", "Requests", "the Secretariat to report;", null));
		});

		scenario.stimulate(() -> TestAccounts.runAs(officer, () -> this.amendments.submit(draft.id())))
			.andWaitForEventOfType(AmendmentSubmitted.class)
			.matching(event -> event.amendment().equals(draft.id()))
			.toArriveAndVerify(event -> assertThat(event.reference()).isEqualTo(number + " (Rev.COP12)"));
		assertThat(await().until(() -> sent(officer, "mandates-amendment-submitted"), mails -> !mails.isEmpty()))
			.singleElement()
			.satisfies(mail -> assertThat(mail.subject()).isEqualTo(
					"Amendements soumis à la Conférence des Parties\u00a0: Résolution " + number + " (Rev.COP12)"));

		DecisionView decision = TestAccounts
			.runAs(officer,
					() -> this.bodies.record(new NewDecision(GoverningBody.CONFERENCE_OF_THE_PARTIES, cop.id(),
							DecisionProcedure.MEETING,
							"Decision " + number + "/" + UUID.randomUUID().toString().substring(0, 6),
							LocalDate.parse("2020-02-22"), "The Conference adopts the amendments.", null)));
		scenario.stimulate(() -> TestAccounts.runAs(officer, () -> this.amendments.adopt(draft.id(), decision.id())))
			.andWaitForEventOfType(AmendmentAdopted.class)
			.matching(event -> event.amendment().equals(draft.id()))
			.toArriveAndVerify(
					event -> assertThat(event.revisionReference()).isEqualTo(number + " (Rev." + cop.code() + ")"));
		assertThat(await().until(() -> sent(officer, "mandates-amendment-adopted"), mails -> !mails.isEmpty()))
			.singleElement()
			.satisfies(mail -> assertThat(mail.body()).contains("La Conférence des Parties a adopté les amendements",
					decision.reference()));
	}

	private List<SentMail> sent(AccountView officer, String template) {
		return this.outbox.sentTo(officer.email()).stream().filter(mail -> mail.template().equals(template)).toList();
	}

}
