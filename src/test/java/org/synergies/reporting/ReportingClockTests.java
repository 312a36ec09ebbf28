package org.synergies.reporting;

import org.synergies.support.ShiftedClock;
import org.synergies.reporting.internal.Reports;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.synergies.shared.Language;
import org.synergies.shared.RuleViolationException;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation.Ngo;
import org.synergies.support.TestReporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The report page and the façade read the same clock: on the last day both let the
 * organization write, the day after both say the report is locked.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportingClockTests {

	static final ShiftedClock CLOCK = new ShiftedClock();

	@TestBean
	Clock clock;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestReporting fixtures;

	@Autowired
	Reports reports;

	static Clock clock() {
		return CLOCK;
	}

	@AfterEach
	void backToToday() {
		CLOCK.offset = Duration.ZERO;
	}

	@Test
	void thePageAndTheFacadeAgreeOnTheLastDayAndTheDayAfter() {
		Ngo ngo = this.fixtures.accreditedNgo(Language.EN);
		LocalDate today = LocalDate.now(CLOCK);
		CycleView cycle = this.fixtures.cycle(today.minusDays(1), today);
		ReportView report = this.reports.start(cycle.id(), ngo.organization().id(), false);

		assertThat(page(report, ngo)).hasStatusOk()
			.bodyText()
			.contains("Submit the report")
			.doesNotContain("the report is locked");
		ReportView saved = this.reports.save(report.id(), report.version(), Map.of("staffMonths", "6")).report();

		CLOCK.offset = Duration.ofDays(1);
		assertThat(page(report, ngo)).hasStatusOk()
			.bodyText()
			.contains("the report is locked")
			.doesNotContain("Submit the report");
		assertThatThrownBy(() -> this.reports.save(report.id(), saved.version(), Map.of("staffMonths", "7")))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("report.rule.locked");
		assertThatThrownBy(() -> this.reports.submit(report.id(), saved.version()))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("report.rule.locked");
	}

	private MvcTestResult page(ReportView report, Ngo ngo) {
		return this.mvc.get()
			.uri("/reporting/reports/{id}", report.id())
			.with(TestAccounts.as(ngo.member()))
			.exchange();
	}

}
