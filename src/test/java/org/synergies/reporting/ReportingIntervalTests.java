package org.synergies.reporting;

import org.synergies.reporting.internal.ReportingCycles;
import org.synergies.reporting.internal.NewCycle;
import org.synergies.reporting.internal.Reports;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.synergies.accreditation.AccreditationProcesses;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.meetings.NewMeeting;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation.Ngo;
import org.synergies.support.TestReporting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process's reporting interval decides in which cycles an accredited NGO partner must
 * report: not again until the interval since its last report has passed.
 */
@SpringBootTest
@DatabaseTest
class ReportingIntervalTests {

	@Autowired
	TestReporting fixtures;

	@Autowired
	ReportingCycles cycles;

	@Autowired
	Reports reports;

	@Autowired
	GoverningBodies bodies;

	@Autowired
	AccreditationProcesses processes;

	@Test
	void aPartnerThatReportedNeedNotReportAgainBeforeTheIntervalOfTheProcessInForce() {
		Ngo ngo = this.fixtures.accreditedNgo(Language.EN);
		assertThat(this.processes.inForce().orElseThrow().content().reportingIntervalMonths()).isEqualTo(36);
		CycleView first = this.fixtures.openCycle();
		assertThat(this.cycles.mustReport(first)).contains(ngo.organization().id());
		TestAccounts.runAs(ngo.member(), () -> {
			ReportView started = this.reports.start(first.id(), ngo.organization().id(), false);
			ReportView saved = this.reports.save(started.id(), started.version(), TestReporting.completeAnswers())
				.report();
			return this.reports.submit(saved.id(), saved.version());
		});

		CycleView nextYear = cycleDue(first.deadline().plusMonths(12));
		CycleView nextCop = cycleDue(first.deadline().plusMonths(36).minusDays(5));

		assertThat(this.cycles.mustReport(nextYear)).doesNotContain(ngo.organization().id());
		assertThat(this.cycles.expected(nextYear)).doesNotContain(ngo.organization().id());
		assertThat(this.cycles.mustReport(nextCop)).as("a COP three years on, its deadline a few days earlier")
			.contains(ngo.organization().id());
	}

	private CycleView cycleDue(LocalDate deadline) {
		this.fixtures.templateInForce();
		MeetingView meeting = this.bodies.schedule(new NewMeeting(GoverningBody.CONFERENCE_OF_THE_PARTIES,
				3000 + ThreadLocalRandom.current().nextInt(5000), deadline.plusMonths(3),
				deadline.plusMonths(3).plusDays(5), "Bonn", "DE"));
		return this.cycles.open(new NewCycle(meeting.id(), deadline.minusMonths(2), deadline, null, null, null));
	}

}
