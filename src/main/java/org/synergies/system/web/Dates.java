package org.synergies.system.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.synergies.shared.Language;
import org.synergies.shared.UnDates;

/**
 * Dates and times as the reader's language writes them ("24 nov. 2026, 09:30 UTC"), for
 * templates: {@code ${@dates.dateTime(entry.at)}}. Times are stored and shown in UTC, the
 * secretariat's common reference across duty stations.
 */
@Component("dates")
public class Dates {

	public String dateTime(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(ZoneOffset.UTC)
			.format(instant) + " UTC";
	}

	/**
	 * A day as United Nations documents write it: "1er octobre 2031" ({@link UnDates}).
	 */
	public String date(@Nullable LocalDate date) {
		if (date == null) {
			return "";
		}
		return UnDates.date(date, Language.of(LocaleContextHolder.getLocale()));
	}

	/** A meeting's days: "1er-6 octobre 2031", "1 a 6 de octubre de 2031". */
	public String range(@Nullable LocalDate from, @Nullable LocalDate to) {
		if (from == null || to == null) {
			return from == null ? date(to) : date(from);
		}
		return UnDates.range(from, to, Language.of(LocaleContextHolder.getLocale()));
	}

	/** ISO 8601 for {@code <time datetime>} attributes. */
	public String iso(@Nullable Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
	}

}
