package org.synergies.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * An exchange rate of a cycle: US dollars for one unit of a currency, where the rate
 * comes from and the month or day it applies to, and who entered it when. US dollars have
 * none: they are counted as they are.
 *
 * @param sourceDescription the source named, for {@link RateSource#OTHER}
 * @param appliesOn the first day of the month of a UN operational rate; the day of a rate
 * from another source; the day a rate whose source was not recorded was entered
 */
public record ExchangeRate(String currency, BigDecimal usdPerUnit, RateSource source,
		@Nullable String sourceDescription, LocalDate appliesOn, String enteredBy, Instant enteredAt) {

	/** The currency compilations count without a rate. */
	public static final String US_DOLLAR = "USD";

	/**
	 * The rate's source and date as the compiled document and the figures name it, e.g.
	 * "UN operational rate of exchange, March 2027".
	 */
	public String sourceLabel(MessageSource messages, Locale locale) {
		return switch (this.source) {
			case UN_OPERATIONAL -> messages.getMessage("rate.source.UN_OPERATIONAL",
					new Object[] { month(this.appliesOn, messages, locale) }, locale);
			case OTHER -> messages.getMessage("rate.source.OTHER", new Object[] {
					this.sourceDescription == null ? "" : this.sourceDescription,
					DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(this.appliesOn) },
					locale);
			case NOT_RECORDED -> messages.getMessage("rate.source.NOT_RECORDED", new Object[] {
					DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(this.appliesOn) },
					locale);
		};
	}

	/** "March 2027", "mars 2027", "marzo de 2027". */
	private static String month(LocalDate day, MessageSource messages, Locale locale) {
		return messages.getMessage("rate.month", new Object[] {
				day.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale), String.valueOf(day.getYear()) },
				locale);
	}

	/** What a compilation says of an amount already in US dollars. */
	public static String usDollarLabel(MessageSource messages, Locale locale) {
		return messages.getMessage("rate.source.none", null, locale);
	}

}
