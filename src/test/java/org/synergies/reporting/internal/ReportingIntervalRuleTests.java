package org.synergies.reporting.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report covers the process's interval up to half a month before it ends, so that
 * meetings whose dates move by days keep their rhythm.
 */
class ReportingIntervalRuleTests {

	static final LocalDate REPORTED = LocalDate.of(2026, 3, 1);

	@Test
	void aReportCoversTheIntervalLessHalfAMonth() {
		assertThat(ReportingInterval.isRecent(REPORTED, 36, LocalDate.of(2027, 3, 1))).isTrue();
		assertThat(ReportingInterval.isRecent(REPORTED, 36, LocalDate.of(2029, 2, 13))).isTrue();
		assertThat(ReportingInterval.isRecent(REPORTED, 36, LocalDate.of(2029, 2, 14))).isFalse();
		assertThat(ReportingInterval.isRecent(REPORTED, 36, LocalDate.of(2029, 3, 1))).isFalse();
	}

	@Test
	void aReportCoversNoEarlierDeadline() {
		assertThat(ReportingInterval.isRecent(REPORTED, 36, REPORTED)).isFalse();
		assertThat(ReportingInterval.isRecent(REPORTED, 36, REPORTED.minusDays(1))).isFalse();
	}

}
