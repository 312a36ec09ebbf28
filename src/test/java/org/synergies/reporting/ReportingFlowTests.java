package org.synergies.reporting;

import org.synergies.reporting.internal.ReportingCycles;
import org.synergies.reporting.internal.ReportReview;
import org.synergies.reporting.internal.NewCycle;
import org.synergies.reporting.internal.Reports;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.messaging.Outbox;
import org.synergies.messaging.SentMail;
import org.synergies.organizations.InvitationStatus;
import org.synergies.organizations.MembershipInvitationView;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.support.TestEvents;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;
import org.synergies.support.TestAccreditation.Ngo;
import org.synergies.support.TestReporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@DatabaseTest
class ReportingFlowTests {

	@Autowired
	TestReporting fixtures;

	@Autowired
	TestAccreditation accreditation;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ReportingCycles cycles;

	@Autowired
	Reports reports;

	@Autowired
	ReportReview review;

	@Autowired
	Outbox outbox;

	@Autowired
	TestEvents listeners;

	@Test
	void accreditedNgosMustReportOthersOnlyWhenInvited() {
		Ngo accredited = this.fixtures.accreditedNgo(Language.EN);
		Ngo other = this.accreditation.ngo(Language.EN);
		CycleView cycle = this.fixtures.openCycle();

		assertThat(this.cycles.mustReport(cycle)).contains(accredited.organization().id())
			.doesNotContain(other.organization().id());
		assertThatThrownBy(() -> TestAccounts.runAs(other.member(),
				() -> this.reports.start(cycle.id(), other.organization().id(), false)))
			.hasMessage("report.rule.not-expected");

		this.cycles.invite(cycle.id(), other.organization().id());
		assertThat(TestAccounts
			.runAs(other.member(), () -> this.reports.start(cycle.id(), other.organization().id(), false))
			.status()).isEqualTo(ReportStatus.DRAFT);
		assertThat(this.cycles.overview(cycle.id()))
			.extracting(CycleRow::organization, CycleRow::mustReport, CycleRow::progress)
			.contains(
					org.assertj.core.groups.Tuple.tuple(accredited.organization().id(), true,
							CycleRow.Progress.NOT_STARTED),
					org.assertj.core.groups.Tuple.tuple(other.organization().id(), false, CycleRow.Progress.DRAFT));
	}

	@Test
	void reschedulingKeepsTheRemindersItIsNotGiven() {
		CycleView cycle = this.fixtures.openCycle();
		CycleView set = this.cycles.reschedule(cycle.id(), cycle.version(),
				new NewCycle(null, cycle.opensOn(), cycle.deadline().plusDays(7), null, List.of(21, 3), List.of(10)));
		CycleView moved = this.cycles.reschedule(cycle.id(), set.version(),
				new NewCycle(null, cycle.opensOn(), cycle.deadline().plusDays(14), null, null, null));
		assertThat(moved.deadline()).isEqualTo(cycle.deadline().plusDays(14));
		assertThat(moved.reminderDays()).containsExactly(3, 21);
		assertThat(moved.lateReminderDays()).containsExactly(10);
	}

	@Test
	void aDraftKeepsWhatWasTypedAndSubmissionListsEveryProblem() {
		Ngo ngo = this.fixtures.accreditedNgo(Language.FR);
		CycleView cycle = this.fixtures.openCycle();
		ReportView started = TestAccounts.runAs(ngo.member(),
				() -> this.reports.start(cycle.id(), ngo.organization().id(), false));

		Map<String, Object> answers = new LinkedHashMap<>(TestReporting.completeAnswers());
		answers.put("financialLines", List.of(TestReporting.line("f1", "CASH", "-5", "EUR", "a1"),
				TestReporting.line("f2", "CASH", "100", "XYZ", "a1")));
		answers.put("staffMonths", "six");
		Reports.Saved saved = TestAccounts.runAs(ngo.member(),
				() -> this.reports.save(started.id(), started.version(), answers));

		assertThat(saved.report().answers().text("staffMonths")).as("kept as typed").hasValue("six");
		assertThat(saved.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("financialLines[0].amount.amount", "validation.not-negative"),
					org.assertj.core.groups.Tuple.tuple("financialLines[1].amount.currency", "validation.currency"),
					org.assertj.core.groups.Tuple.tuple("staffMonths", "validation.number"));
		assertThatThrownBy(() -> TestAccounts.runAs(ngo.member(), () -> this.reports.submit(started.id(), null)))
			.isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems()).hasSize(3));

		ReportView fixed = TestAccounts.runAs(ngo.member(),
				() -> this.reports.save(started.id(), saved.report().version(), TestReporting.completeAnswers())
					.report());
		ReportView submitted = TestAccounts.runAs(ngo.member(), () -> this.reports.submit(fixed.id(), fixed.version()));
		assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(subjects(ngo))
			.anyMatch(subject -> subject.startsWith("Rapport pour la " + cycle.meetingCode().substring(3)
					+ "e session de la Conférence des Parties (" + cycle.meetingCode() + ")"));
		assertThatThrownBy(() -> TestAccounts.runAs(ngo.member(),
				() -> this.reports.save(fixed.id(), submitted.version(), TestReporting.completeAnswers())))
			.hasMessage("report.rule.not-editable");
	}

	@Test
	void twoColleaguesSavingTheSameVersionOneWinsTheOtherSeesAConflict() {
		Ngo ngo = this.fixtures.accreditedNgo(Language.EN);
		CycleView cycle = this.fixtures.openCycle();
		ReportView started = TestAccounts.runAs(ngo.member(),
				() -> this.reports.start(cycle.id(), ngo.organization().id(), false));

		TestAccounts.runAs(ngo.member(),
				() -> this.reports.save(started.id(), started.version(), Map.of("staffMonths", "3")));
		assertThatThrownBy(() -> TestAccounts.runAs(ngo.member(),
				() -> this.reports.save(started.id(), started.version(), Map.of("staffMonths", "4"))))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.reports.find(started.id()).orElseThrow().answers().text("staffMonths")).hasValue("3");
	}

	@Test
	void theSecretariatReturnsThenAcceptsAndPublishesTheNgoIsToldEachTime() {
		Ngo ngo = this.fixtures.accreditedNgo(Language.ES);
		CycleView cycle = this.fixtures.openCycle();
		ReportView submitted = submitted(ngo, cycle);

		ReportView returned = this.review.returnReport(submitted.id(), submitted.version(),
				"Indiquen el valor en especie.", null);
		assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
		assertThat(returned.comments()).extracting(ReportView.Comment::text)
			.containsExactly("Indiquen el valor en especie.");
		ReportView again = TestAccounts.runAs(ngo.member(), () -> this.reports.submit(returned.id(), null));
		ReportView accepted = this.review.accept(again.id(), again.version(), Visibility.PUBLIC);
		assertThat(accepted.status()).isEqualTo(ReportStatus.ACCEPTED);
		assertThat(accepted.visibility()).isEqualTo(Visibility.PUBLIC);
		assertThat(this.review.show(accepted.id(), Visibility.INTERNAL).visibility()).isEqualTo(Visibility.INTERNAL);
		assertThat(subjects(ngo))
			.anyMatch(subject -> subject.startsWith("Su informe para la " + cycle.meetingCode().substring(3)
					+ "ª reunión de la Conferencia de las Partes (" + cycle.meetingCode() + ") ha sido devuelto"))
			.anyMatch(subject -> subject.startsWith("Su informe para la " + cycle.meetingCode().substring(3)
					+ "ª reunión de la Conferencia de las Partes (" + cycle.meetingCode() + ") ha sido aceptado"));
	}

	@Test
	void afterTheDeadlineTheReportIsLockedUnlessExtendedAndTheNgoShowsOverdue() {
		Ngo ngo = this.fixtures.accreditedNgo(Language.EN, LocalDate.now().minusDays(60));
		CycleView cycle = this.fixtures.cycle(LocalDate.now().minusDays(30), LocalDate.now().minusDays(1));

		assertThatThrownBy(() -> TestAccounts.runAs(ngo.member(),
				() -> this.reports.start(cycle.id(), ngo.organization().id(), false)))
			.hasMessage("report.rule.locked");
		assertThat(this.cycles.overdue()).containsKey(ngo.organization().id());
		assertThat(this.cycles.overview(cycle.id()))
			.filteredOn(row -> row.organization().equals(ngo.organization().id()))
			.singleElement()
			.satisfies(row -> assertThat(row.late()).isTrue());

		this.cycles.extend(cycle.id(), ngo.organization().id(), LocalDate.now().plusDays(7));
		ReportView report = submitted(ngo, cycle);
		assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(this.cycles.overdue()).doesNotContainKey(ngo.organization().id());
		assertThatThrownBy(() -> this.cycles.extend(cycle.id(), ngo.organization().id(), LocalDate.now().minusDays(5)))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aReportStartsFromThePreviousOneAndAColleagueIsAskedToContribute() {
		Ngo ngo = this.fixtures.accreditedNgo(Language.EN);
		CycleView first = this.fixtures.openCycle();
		submitted(ngo, first);
		CycleView second = this.fixtures.openCycle();

		ReportView copied = TestAccounts.runAs(ngo.member(),
				() -> this.reports.start(second.id(), ngo.organization().id(), true));
		assertThat(copied.answers().entries("activities")).extracting(entry -> entry.text("title").orElseThrow())
			.containsExactly("Sahel flyway monitoring", "Wetland restoration in the Rift Valley");

		String colleague = TestAccounts.uniqueEmail("colleague");
		MembershipInvitationView asked = TestAccounts.runAs(ngo.member(), () -> this.reports.askColleague(copied.id(),
				colleague, "Ana Colleague", Language.ES, "¿Puedes completar las cifras?"));
		assertThat(asked.status()).isEqualTo(InvitationStatus.PENDING);
		assertThat(this.reports.find(copied.id()).orElseThrow().contributors()).as("a contributor once accepted")
			.isEmpty();
		assertThat(this.outbox.sentTo(colleague)).extracting(SentMail::template)
			.contains("invitation", "reporting-colleague");
	}

	@Test
	void theExchangeRatesAreCheckedAndAnUnknownCurrencyIsAFieldError() {
		CycleView cycle = this.fixtures.openCycle();
		assertThat(
				this.cycles.setRates(cycle.id(), Map.of("EUR", new BigDecimal("1.08"), "kes", new BigDecimal("0.0077")))
					.rates())
			.containsOnlyKeys("EUR", "KES");
		assertThatThrownBy(
				() -> this.cycles.setRates(cycle.id(), Map.of("ABC", BigDecimal.ONE, "EUR", BigDecimal.ZERO)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					invalid -> assertThat(invalid.problems()).extracting(FieldProblem::messageKey)
						.containsExactlyInAnyOrder("cycle.rule.rate-currency", "validation.positive"));
	}

	private ReportView submitted(Ngo ngo, CycleView cycle) {
		return TestAccounts.runAs(ngo.member(), () -> {
			ReportView started = this.reports.of(cycle.id(), ngo.organization().id())
				.orElseGet(() -> this.reports.start(cycle.id(), ngo.organization().id(), false));
			ReportView saved = this.reports.save(started.id(), started.version(), TestReporting.completeAnswers())
				.report();
			return this.reports.submit(saved.id(), saved.version());
		});
	}

	private List<String> subjects(Ngo ngo) {
		this.listeners.settle();
		return this.outbox.sentTo(ngo.member().email()).stream().map(SentMail::subject).toList();
	}

	@SuppressWarnings("unused")
	private AccountView officer() {
		return this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
	}

}
