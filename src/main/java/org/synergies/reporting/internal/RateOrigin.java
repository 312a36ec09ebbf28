package org.synergies.reporting.internal;

import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;
import org.synergies.reporting.RateSource;

/**
 * Where the rates being entered come from, as the Secretariat gave it: checked by
 * {@link RateEntries}.
 *
 * @param source null for the UN operational rate of exchange, the default
 * @param description the source named, when it is another one
 * @param appliesOn a day of the month of a UN operational rate, or the day of a rate from
 * another source
 */
public record RateOrigin(@Nullable RateSource source, @Nullable String description, @Nullable LocalDate appliesOn) {

	public static RateOrigin unOperational(YearMonth month) {
		return new RateOrigin(RateSource.UN_OPERATIONAL, null, month.atDay(1));
	}

	RateSource sourceOrDefault() {
		return this.source == null ? RateSource.UN_OPERATIONAL : this.source;
	}

}
