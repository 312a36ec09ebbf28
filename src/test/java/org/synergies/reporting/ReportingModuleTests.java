package org.synergies.reporting;

import org.synergies.reporting.internal.ReportReview;
import org.synergies.reporting.internal.Reports;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.synergies.accounts.AccountView;
import org.synergies.messaging.Outbox;
import org.synergies.messaging.SentMail;
import org.synergies.organizations.MembershipInvitationAccepted;
import org.synergies.organizations.OrganizationView;
import org.synergies.organizations.OrganizationsMerged;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;
import org.synergies.support.TestAccreditation.Ngo;
import org.synergies.support.TestEvents;
import org.synergies.support.TestOrganizations;
import org.synergies.support.TestReporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reporting module with what it depends on: its façades publish facts, its listener
 * writes to the organization's members after commit, and it acts on what the
 * organizations module publishes (a colleague joining, a merge).
 */
@SpringBootTest
@EnableScenarios
class ReportingModuleTests {

	@Autowired
	TestReporting fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	Reports reports;

	@Autowired
	ReportReview review;

	@Autowired
	Outbox outbox;

	@Test
	void submittingAReportPublishesItAndTheMembersGetTheReceiptAfterCommit(Scenario scenario) {
		Ngo ngo = this.fixtures.accreditedNgo(Language.EN);
		CycleView cycle = this.fixtures.openCycle();
		ReportView complete = complete(ngo, cycle);

		scenario.stimulate(() -> TestAccounts.runAs(ngo.member(), () -> this.reports.submit(complete.id(), null)))
			.andWaitForEventOfType(ReportSubmitted.class)
			.matching(event -> event.report().equals(complete.id()))
			.toArriveAndVerify(event -> {
				assertThat(event.organization()).isEqualTo(ngo.organization().id());
				assertThat(event.cycle()).isEqualTo(cycle.id());
				assertThat(event.meeting()).isEqualTo(cycle.meetingCode());
			});
		assertThat(await().until(() -> sent(ngo, "reporting-submitted"), mails -> !mails.isEmpty())).singleElement()
			.satisfies(mail -> assertThat(mail.subject()).contains(cycle.meetingCode()));
	}

	@Test
	void returningAReportWithMoreTimePublishesTheAnswerByDateAndTheMembersAreTold(Scenario scenario) {
		Ngo ngo = this.fixtures.accreditedNgo(Language.EN);
		CycleView cycle = this.fixtures.openCycle();
		ReportView submitted = TestAccounts.runAs(ngo.member(),
				() -> this.reports.submit(complete(ngo, cycle).id(), null));
		LocalDate answerBy = cycle.deadline().plusDays(14);

		scenario
			.stimulate(() -> this.review.returnReport(submitted.id(), submitted.version(), "Add the in-kind value.",
					answerBy))
			.andWaitForEventOfType(ReportReturned.class)
			.matching(event -> event.report().equals(submitted.id()))
			.toArriveAndVerify(event -> {
				assertThat(event.comment()).isEqualTo("Add the in-kind value.");
				assertThat(event.answerBy()).isEqualTo(answerBy);
			});
		assertThat(await().until(() -> sent(ngo, "reporting-returned"), mails -> !mails.isEmpty())).singleElement()
			.satisfies(mail -> assertThat(mail.body()).contains("Add the in-kind value.")
				.contains(answerBy.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))));
	}

	@Test
	void aColleagueWhoAcceptedTheInvitationBecomesAContributor(Scenario scenario) {
		Ngo ngo = this.fixtures.accreditedNgo(Language.EN);
		ReportView draft = started(ngo, this.fixtures.openCycle());
		AccountView colleague = this.accounts.active(Language.ES);

		scenario
			.publish(new MembershipInvitationAccepted(UUID.randomUUID(), ngo.organization().id(), colleague.id(),
					colleague.email(), ngo.member().displayName(), "report", draft.id()))
			.andWaitForStateChange(
					() -> TestAccounts.runAs(ngo.member(),
							() -> this.reports.find(draft.id()).orElseThrow().contributors()),
					contributors -> !contributors.isEmpty())
			.andVerify(contributors -> assertThat(contributors).singleElement().satisfies(contributor -> {
				assertThat(contributor.account()).isEqualTo(colleague.id());
				assertThat(contributor.askedBy()).isEqualTo(ngo.member().displayName());
			}));
	}

	@Test
	void aMergedOrganizationsReportBecomesTheSurvivors(Scenario scenario) {
		Ngo ngo = this.fixtures.accreditedNgo(Language.EN);
		ReportView draft = started(ngo, this.fixtures.openCycle());
		OrganizationView survivor = this.organizations.ngo();

		scenario.publish(new OrganizationsMerged(survivor.id(), ngo.organization().id()))
			.andWaitForStateChange(() -> this.reports.find(draft.id()).orElseThrow().organization(),
					organization -> organization.equals(survivor.id()))
			.andVerify(organization -> assertThat(this.reports.of(draft.cycle(), ngo.organization().id()))
				.as("no report left with the merged organization")
				.isEmpty());
	}

	private ReportView started(Ngo ngo, CycleView cycle) {
		return TestAccounts.runAs(ngo.member(), () -> this.reports.start(cycle.id(), ngo.organization().id(), false));
	}

	private ReportView complete(Ngo ngo, CycleView cycle) {
		ReportView started = started(ngo, cycle);
		return TestAccounts.runAs(ngo.member(),
				() -> this.reports.save(started.id(), started.version(), TestReporting.completeAnswers()).report());
	}

	private List<SentMail> sent(Ngo ngo, String template) {
		return this.outbox.sentTo(ngo.member().email())
			.stream()
			.filter(mail -> mail.template().equals(template))
			.toList();
	}

}
