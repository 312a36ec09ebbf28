package org.synergies.system;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.synergies.system.web.Dates;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTests {

	final Dates dates = new Dates();

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void datesAreWrittenAsEachLanguageWritesThem() {
		LocalDate cop13 = LocalDate.of(2020, 2, 17);
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.dates.date(cop13)).isEqualTo("17 February 2020");
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(this.dates.date(cop13)).isEqualTo("17 février 2020");
		LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
		assertThat(this.dates.date(cop13)).isEqualTo("17 de febrero de 2020");
	}

	@Test
	void meetingDaysAreARange() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(this.dates.range(LocalDate.of(2031, 10, 1), LocalDate.of(2031, 10, 6)))
			.isEqualTo("1er-6 octobre 2031");
		assertThat(this.dates.date(LocalDate.of(2031, 10, 1))).isEqualTo("1er octobre 2031");
	}

	@Test
	void timesAreShownInUtcAndSaySo() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(this.dates.dateTime(Instant.parse("2018-10-23T09:30:00Z"))).isEqualTo("23 oct. 2018 09:30 UTC");
		assertThat(this.dates.dateTime(null)).isEmpty();
	}

}
