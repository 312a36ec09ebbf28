package org.synergies.shared;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and date ranges as United Nations documents write them in each working language:
 * <ul>
 * <li>English: "1 October 2031", "1-6 October 2031", "30 September-2 October 2031", "30
 * December 2031-2 January 2032" (the United Nations Editorial Manual: day, month, year,
 * no comma, no ordinal);</li>
 * <li>French: "1er octobre 2031", "1er-6 octobre 2031", "30 septembre-2 octobre 2031"
 * (the first of the month is "1er", as in the documents of the Conference of the Parties,
 * e.g. "23-24 octobre 2018" in UNEP/CMS/COP13/Doc.18);</li>
 * <li>Spanish: "1 de octubre de 2031", "1 a 6 de octubre de 2031", "30 de septiembre a 2
 * de octubre de 2031", as on the covers of United Nations documents in Spanish ("Nueva
 * York, 1 a 12 de mayo de 2023"), which join the days with "a" rather than a hyphen.</li>
 * </ul>
 * Parts that both ends share (the month, the year) are written once.
 */
public final class UnDates {

	private UnDates() {
	}

	/** One day, e.g. "1er octobre 2031". */
	public static String date(LocalDate date, Language language) {
		return day(date, language) + monthYear(date, language, true, true);
	}

	/** A date as a {@link Phrase}: written in the language of the sentence it is in. */
	public static Phrase phrase(LocalDate date) {
		return new Days(date, date);
	}

	/** From one day to another, both included; one day when they are the same. */
	public static String range(LocalDate from, LocalDate to, Language language) {
		if (!to.isAfter(from)) {
			return date(from, language);
		}
		boolean sameYear = from.getYear() == to.getYear();
		boolean sameMonth = sameYear && from.getMonth() == to.getMonth();
		String start = day(from, language) + (sameMonth ? "" : monthYear(from, language, true, !sameYear));
		String separator = language == Language.ES ? " a " : "-";
		return start + separator + date(to, language);
	}

	/** A range as a {@link Phrase}. */
	public static Phrase rangePhrase(LocalDate from, LocalDate to) {
		return new Days(from, to);
	}

	private record Days(LocalDate from, LocalDate to) implements Phrase, Serializable {

		@Override
		public String in(Language language) {
			return range(this.from, this.to, language);
		}

	}

	private static String day(LocalDate date, Language language) {
		int day = date.getDayOfMonth();
		return language == Language.FR && day == 1 ? "1er" : String.valueOf(day);
	}

	private static String monthYear(LocalDate date, Language language, boolean month, boolean year) {
		Locale locale = language.locale();
		String of = language == Language.ES ? " de " : " ";
		StringBuilder text = new StringBuilder();
		if (month) {
			text.append(of).append(DateTimeFormatter.ofPattern("MMMM", locale).format(date));
		}
		if (year) {
			text.append(of).append(date.getYear());
		}
		return text.toString();
	}

}
