package org.synergies.accreditation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.synergies.support.ShiftedClock;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.accreditation.NonReportingStep.Kind;
import org.synergies.accreditation.NonReportingStep.Outcome;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.NewDecision;
import org.synergies.messaging.Outbox;
import org.synergies.messaging.SentMail;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.ReportView;
import org.synergies.reporting.internal.Reports;
import org.synergies.reporting.internal.ReportingCycles;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;
import org.synergies.support.TestAccreditation.Ngo;
import org.synergies.support.TestEvents;
import org.synergies.support.TestReporting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Non-reporting as the process in force states it (30 days to the warning, 90 to the
 * proposal to suspend, a year of suspension to the proposal to withdraw), with the
 * system's clock moved day by day past a missed deadline.
 */
@SpringBootTest
@DatabaseTest
class NonReportingTests {

	static final ShiftedClock CLOCK = new ShiftedClock();

	@TestBean
	Clock clock;

	@Autowired
	TestReporting reporting;

	@Autowired
	TestAccounts accounts;

	@Autowired
	NonReporting nonReporting;

	@Autowired
	NonReportingProposals proposals;

	@Autowired
	AccreditationRegister register;

	@Autowired
	ReportingCycles cycles;

	@Autowired
	Reports reports;

	@Autowired
	Outbox outbox;

	@Autowired
	TestEvents events;

	static Clock clock() {
		return CLOCK;
	}

	@AfterEach
	void backToToday() {
		CLOCK.offset = Duration.ZERO;
	}

	@Test
	void warnsOnTheDayTheProcessSaysOnceInTheOrganizationsLanguageThenProposesSuspension() {
		AccountView officer = this.accounts.active(Language.ES, Role.SECRETARIAT_OFFICER);
		Ngo ngo = this.reporting.accreditedNgo(Language.FR, LocalDate.now().minusDays(60));
		AccreditationView entry = this.register.ofOrganization(ngo.organization().id()).get(0);
		CycleView cycle = this.reporting.cycle(LocalDate.now().minusDays(50), LocalDate.now().minusDays(1));
		LocalDate deadline = cycle.deadline();
		assertThat(this.nonReporting.ruleInForce()).isEqualTo(NonReportingRule.DEFAULT);

		checkOn(deadline.plusDays(29));
		assertThat(steps(entry)).isEmpty();

		checkOn(deadline.plusDays(30));
		checkOn(deadline.plusDays(30));
		checkOn(deadline.plusDays(31));
		assertThat(steps(entry)).extracting(NonReportingStep::kind).containsExactly(Kind.WARNING);
		assertThat(steps(entry).get(0).meeting()).isEqualTo(cycle.meetingCode());
		assertThat(steps(entry).get(0).deadline()).isEqualTo(deadline);
		this.events.settle();
		assertThat(mails(ngo.member().email(), "accreditation-non-reporting-warning")).singleElement()
			.satisfies(mail -> {
				assertThat(mail.language()).isEqualTo(Language.FR);
				assertThat(mail.subject()).contains("est en retard");
				assertThat(mail.body()).contains("pour la réunion " + cycle.meetingCode())
					.contains("proposera au Comité permanent de suspendre");
			});

		checkOn(deadline.plusDays(89));
		assertThat(steps(entry)).extracting(NonReportingStep::kind).containsExactly(Kind.WARNING);

		checkOn(deadline.plusDays(90));
		checkOn(deadline.plusDays(91));
		assertThat(steps(entry)).extracting(NonReportingStep::kind).containsExactly(Kind.SUSPENSION, Kind.WARNING);
		assertThat(this.proposals.open()).filteredOn(step -> step.accreditation().equals(entry.id()))
			.singleElement()
			.satisfies(step -> assertThat(step.kind()).isEqualTo(Kind.SUSPENSION));
		assertThat(this.register.find(entry.id()).orElseThrow().status()).as("the Committee decides, not the check")
			.isEqualTo(AccreditationStatus.ACTIVE);
		this.events.settle();
		assertThat(mails(ngo.member().email(), "accreditation-non-reporting-suspension")).singleElement()
			.satisfies(mail -> assertThat(mail.body()).contains("propose au Comité permanent de suspendre"));
		assertThat(mails(officer.email(), "accreditation-proposal")).singleElement().satisfies(mail -> {
			assertThat(mail.language()).isEqualTo(Language.ES);
			assertThat(mail.body()).contains(ngo.organization().officialName()).contains("propuesta de suspensión");
		});
	}

	@Test
	void theOverdueReportReceivedDuringSuspensionLeadsToAReinstatementProposal() {
		Ngo ngo = this.reporting.accreditedNgo(Language.EN, LocalDate.now().minusDays(60));
		AccreditationView entry = this.register.ofOrganization(ngo.organization().id()).get(0);
		CycleView cycle = this.reporting.cycle(LocalDate.now().minusDays(50), LocalDate.now().minusDays(1));
		checkOn(cycle.deadline().plusDays(90));
		NonReportingStep suspension = openProposal(entry, Kind.SUSPENSION);

		NonReportingStep decided = this.proposals.decide(suspension.id(), true,
				decision("Suspends for not reporting."));

		assertThat(decided.outcome()).isEqualTo(Outcome.ACCEPTED);
		assertThat(this.register.find(entry.id()).orElseThrow().status()).isEqualTo(AccreditationStatus.SUSPENDED);
		this.events.settle();
		assertThat(mails(ngo.member().email(), "accreditation-proposal-decided")).singleElement()
			.satisfies(mail -> assertThat(mail.body()).contains("has suspended the accreditation"));

		handInEveryOverdueReport(ngo);
		this.events.settle();

		NonReportingStep reinstatement = openProposal(entry, Kind.REINSTATEMENT);
		assertThat(reinstatement.meeting()).isEqualTo(suspension.meeting());
		assertThat(mails(ngo.member().email(), "accreditation-non-reporting-reinstatement")).hasSize(1);
		assertThat(this.nonReporting.reportReceived(ngo.organization().id())).as("one proposal per suspension")
			.isZero();
		this.proposals.decide(reinstatement.id(), true, decision("Reinstates."));
		assertThat(this.register.find(entry.id()).orElseThrow().status()).isEqualTo(AccreditationStatus.ACTIVE);
	}

	@Test
	void aReportReceivedBeforeTheCommitteeDecidesClosesTheProposalToSuspend() {
		Ngo ngo = this.reporting.accreditedNgo(Language.EN, LocalDate.now().minusDays(60));
		AccreditationView entry = this.register.ofOrganization(ngo.organization().id()).get(0);
		CycleView cycle = this.reporting.cycle(LocalDate.now().minusDays(50), LocalDate.now().minusDays(1));
		checkOn(cycle.deadline().plusDays(90));
		NonReportingStep suspension = openProposal(entry, Kind.SUSPENSION);

		handInEveryOverdueReport(ngo);
		this.events.settle();

		assertThat(steps(entry)).filteredOn(step -> step.id().equals(suspension.id()))
			.singleElement()
			.satisfies(step -> assertThat(step.outcome()).isEqualTo(Outcome.REPORT_RECEIVED));
		assertThat(this.proposals.open()).noneMatch(step -> step.accreditation().equals(entry.id()));
	}

	@Test
	void withdrawalIsProposedAfterTheSuspensionTheProcessAllows() {
		Ngo ngo = this.reporting.accreditedNgo(Language.EN, LocalDate.now().minusDays(60));
		AccreditationView entry = this.register.ofOrganization(ngo.organization().id()).get(0);
		CycleView cycle = this.reporting.cycle(LocalDate.now().minusDays(50), LocalDate.now().minusDays(1));
		LocalDate proposedOn = cycle.deadline().plusDays(90);
		checkOn(proposedOn);
		this.proposals.decide(openProposal(entry, Kind.SUSPENSION).id(), true, decision("Suspends."));

		checkOn(proposedOn.plusMonths(12).minusDays(1));
		assertThat(steps(entry)).noneMatch(step -> step.kind() == Kind.WITHDRAWAL);

		checkOn(proposedOn.plusMonths(12));
		checkOn(proposedOn.plusMonths(12).plusDays(1));
		assertThat(steps(entry)).filteredOn(step -> step.kind() == Kind.WITHDRAWAL).hasSize(1);
		NonReportingStep withdrawal = openProposal(entry, Kind.WITHDRAWAL);

		this.proposals.decide(withdrawal.id(), false, decision("Keeps the suspension."));
		assertThat(this.register.find(entry.id()).orElseThrow().status()).isEqualTo(AccreditationStatus.SUSPENDED);
		assertThat(steps(entry)).filteredOn(step -> step.id().equals(withdrawal.id()))
			.singleElement()
			.satisfies(step -> assertThat(step.outcome()).isEqualTo(Outcome.DECLINED));
	}

	/**
	 * The overdue report, and those of the cycles other tests opened (the organization
	 * must report in them too), handed in late with the Secretariat's extension.
	 */
	private void handInEveryOverdueReport(Ngo ngo) {
		UUID organization = ngo.organization().id();
		for (CycleView overdue : this.cycles.cycles()) {
			if (overdue.deadline().isBefore(LocalDate.now(CLOCK))
					&& this.cycles.mustReport(overdue).contains(organization)) {
				this.cycles.extend(overdue.id(), organization, LocalDate.now(CLOCK).plusDays(10));
				TestAccounts.runAs(ngo.member(), () -> {
					ReportView started = this.reports.start(overdue.id(), organization, false);
					ReportView saved = this.reports
						.save(started.id(), started.version(), TestReporting.completeAnswers())
						.report();
					return this.reports.submit(saved.id(), saved.version());
				});
			}
		}
		assertThat(this.nonReporting.late()).doesNotContainKey(organization);
	}

	private void checkOn(LocalDate day) {
		CLOCK.offset = Duration.ofDays(day.toEpochDay() - LocalDate.now(ZoneOffset.UTC).toEpochDay());
		this.nonReporting.check();
	}

	private List<NonReportingStep> steps(AccreditationView entry) {
		return this.proposals.ofAccreditation(entry.id());
	}

	private NonReportingStep openProposal(AccreditationView entry, Kind kind) {
		return this.proposals.open()
			.stream()
			.filter(step -> step.accreditation().equals(entry.id()) && step.kind() == kind)
			.findFirst()
			.orElseThrow();
	}

	private List<SentMail> mails(String address, String template) {
		return this.outbox.sentTo(address).stream().filter(mail -> mail.template().equals(template)).toList();
	}

	private static NewDecision decision(String text) {
		return new NewDecision(GoverningBody.STANDING_COMMITTEE, null, DecisionProcedure.WRITTEN_PROCEDURE,
				TestAccreditation.reference(), LocalDate.now(), text, null);
	}

}
