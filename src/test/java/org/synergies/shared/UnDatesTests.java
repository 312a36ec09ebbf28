package org.synergies.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnDatesTests {

	static final LocalDate OCTOBER_1 = LocalDate.of(2031, 10, 1);

	@Test
	void oneDayInEachLanguage() {
		assertThat(UnDates.date(OCTOBER_1, Language.EN)).isEqualTo("1 October 2031");
		assertThat(UnDates.date(OCTOBER_1, Language.FR)).isEqualTo("1er octobre 2031");
		assertThat(UnDates.date(OCTOBER_1, Language.ES)).isEqualTo("1 de octubre de 2031");
		assertThat(UnDates.date(LocalDate.of(2020, 2, 17), Language.FR)).isEqualTo("17 février 2020");
	}

	@Test
	void rangesWithinAMonthWriteTheMonthOnce() {
		LocalDate end = LocalDate.of(2031, 10, 6);
		assertThat(UnDates.range(OCTOBER_1, end, Language.EN)).isEqualTo("1-6 October 2031");
		assertThat(UnDates.range(OCTOBER_1, end, Language.FR)).isEqualTo("1er-6 octobre 2031");
		assertThat(UnDates.range(OCTOBER_1, end, Language.ES)).isEqualTo("1 a 6 de octubre de 2031");
	}

	@Test
	void rangesAcrossMonthsAndYears() {
		LocalDate september30 = LocalDate.of(2031, 9, 30);
		LocalDate october2 = LocalDate.of(2031, 10, 2);
		assertThat(UnDates.range(september30, october2, Language.EN)).isEqualTo("30 September-2 October 2031");
		assertThat(UnDates.range(september30, october2, Language.FR)).isEqualTo("30 septembre-2 octobre 2031");
		assertThat(UnDates.range(september30, october2, Language.ES))
			.isEqualTo("30 de septiembre a 2 de octubre de 2031");
		LocalDate december30 = LocalDate.of(2031, 12, 30);
		LocalDate january2 = LocalDate.of(2032, 1, 2);
		assertThat(UnDates.range(december30, january2, Language.EN)).isEqualTo("30 December 2031-2 January 2032");
		assertThat(UnDates.range(december30, january2, Language.FR)).isEqualTo("30 décembre 2031-2 janvier 2032");
		assertThat(UnDates.range(december30, january2, Language.ES))
			.isEqualTo("30 de diciembre de 2031 a 2 de enero de 2032");
	}

	@Test
	void aOneDayRangeIsADay() {
		assertThat(UnDates.range(OCTOBER_1, OCTOBER_1, Language.FR)).isEqualTo("1er octobre 2031");
		assertThat(UnDates.rangePhrase(OCTOBER_1, OCTOBER_1.plusDays(1)).in(Language.FR))
			.isEqualTo("1er-2 octobre 2031");
	}

}
