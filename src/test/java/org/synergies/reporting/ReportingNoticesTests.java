package org.synergies.reporting;

import org.synergies.reporting.internal.ReportingCycles;
import org.synergies.reporting.internal.ReportingNotices;
import org.synergies.reporting.internal.Reports;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.synergies.messaging.Outbox;
import org.synergies.messaging.SentMail;
import org.synergies.reporting.internal.ReportingNotices.Kind;
import org.synergies.reporting.internal.ReportingNotices.Notice;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;
import org.synergies.support.TestAccreditation.Ngo;
import org.synergies.support.TestReporting;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@DatabaseTest
class ReportingNoticesTests {

	@Autowired
	TestReporting fixtures;

	@Autowired
	TestAccreditation accreditation;

	@Autowired
	ReportingCycles cycles;

	@Autowired
	ReportingNotices notices;

	@Autowired
	Reports reports;

	@Autowired
	Outbox outbox;

	@Test
	void theOpeningIsAnnouncedOnceToThoseWhoMustAndThoseInvitedInTheirLanguage() {
		Ngo accredited = this.fixtures.accreditedNgo(Language.FR);
		Ngo invited = this.accreditation.ngo(Language.ES);
		CycleView cycle = this.fixtures.openCycle();
		this.cycles.invite(cycle.id(), invited.organization().id());

		this.notices.sendDue();
		this.notices.sendDue();

		assertThat(mails(accredited, cycle)).filteredOn(mail -> mail.template().equals("reporting-opened"))
			.singleElement()
			.satisfies(mail -> assertThat(mail.body()).contains("En tant qu’ONG partenaire accréditée"));
		assertThat(mails(invited, cycle)).filteredOn(mail -> mail.template().equals("reporting-opened"))
			.singleElement()
			.satisfies(mail -> assertThat(mail.body()).contains("La Secretaría invita"));
		assertThat(this.notices.sentFor(cycle.id())).extracting(Notice::organization, Notice::kind)
			.contains(org.assertj.core.groups.Tuple.tuple(accredited.organization().id(), Kind.OPENED),
					org.assertj.core.groups.Tuple.tuple(invited.organization().id(), Kind.OPENED));
	}

	@Test
	void remindersGoToThoseWhoHaveNotHandedInAndNeverTwice() {
		Ngo silent = this.fixtures.accreditedNgo(Language.EN, LocalDate.now().minusDays(60));
		Ngo diligent = this.fixtures.accreditedNgo(Language.EN, LocalDate.now().minusDays(60));
		CycleView cycle = this.fixtures.cycle(LocalDate.now().minusDays(30), LocalDate.now().plusDays(7));
		TestAccounts.runAs(diligent.member(), () -> {
			ReportView started = this.reports.start(cycle.id(), diligent.organization().id(), false);
			ReportView saved = this.reports.save(started.id(), started.version(), TestReporting.completeAnswers())
				.report();
			return this.reports.submit(saved.id(), saved.version());
		});

		this.notices.sendDue();
		this.notices.sendDue();

		assertThat(mails(silent, cycle)).filteredOn(mail -> mail.template().equals("reporting-reminder"))
			.singleElement()
			.satisfies(mail -> assertThat(mail.subject()).startsWith("Reminder: your report for the ")
				.contains("meeting of the Conference of the Parties (" + cycle.meetingCode() + ") is due on "))
			.satisfies(mail -> assertThat(mail.body()).contains("in 7 days"));
		assertThat(mails(silent, cycle)).as("the latest notice due, not a backlog")
			.extracting(SentMail::template)
			.doesNotContain("reporting-opened");
		assertThat(mails(diligent, cycle)).extracting(SentMail::template).doesNotContain("reporting-reminder");
	}

	@Test
	void lateReportersAreToldAfterTheDeadline() {
		Ngo late = this.fixtures.accreditedNgo(Language.EN, LocalDate.now().minusDays(90));
		CycleView cycle = this.fixtures.cycle(LocalDate.now().minusDays(60), LocalDate.now().minusDays(8));

		this.notices.sendDue();

		assertThat(this.notices.sentFor(cycle.id()))
			.filteredOn(notice -> notice.organization().equals(late.organization().id()))
			.singleElement()
			.satisfies(notice -> {
				assertThat(notice.kind()).isEqualTo(Kind.LATE);
				assertThat(notice.days()).isEqualTo(7);
				assertThat(notice.sentTo())
					.containsExactly(new ReportingNotices.Recipient(late.member().email(), Language.EN));
			});
		assertThat(mails(late, cycle)).extracting(SentMail::template).contains("reporting-late");
	}

	private List<SentMail> mails(Ngo ngo) {
		return this.outbox.sentTo(ngo.member().email());
	}

	/**
	 * What an organization's member was sent about one cycle (other tests open others).
	 */
	private List<SentMail> mails(Ngo ngo, CycleView cycle) {
		return mails(ngo).stream().filter(mail -> mail.subject().contains("(" + cycle.meetingCode() + ")")).toList();
	}

}
