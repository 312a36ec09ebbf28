package org.synergies.reporting.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.synergies.reporting.Answers;
import org.synergies.reporting.ExchangeRate;
import org.synergies.reporting.RateSource;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;

/**
 * The rules of an exchange rate entered for a cycle: an ISO 4217 currency other than the
 * US dollar (counted as it is), a positive rate, and a source with its date: the UN
 * operational rate of exchange of a month the UN has published (it sets next month's
 * rates before the month begins; the current month unless another is given), or another
 * source named, on a day that has come.
 */
public final class RateEntries {

	/** DECIMAL(24, 12): twelve digits before the decimal point. */
	private static final int INTEGER_DIGITS = 12;

	static final int DESCRIPTION_LENGTH = 200;

	private RateEntries() {
	}

	/**
	 * The rates as they will be stored, or every problem found at once.
	 * @throws InvalidInputException naming each field in error
	 */
	public static List<ExchangeRate> check(Map<String, BigDecimal> rates, RateOrigin origin, LocalDate today,
			String enteredBy, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, BigDecimal> clean = new LinkedHashMap<>();
		rates.forEach((code, rate) -> {
			String currency = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
			if (ExchangeRate.US_DOLLAR.equals(currency)) {
				problems.add(new FieldProblem("rates[" + currency + "]", "cycle.rule.rate-usd"));
			}
			else if (!Answers.isCurrency(currency)) {
				problems.add(new FieldProblem("rates[" + code + "]", "cycle.rule.rate-currency", String.valueOf(code)));
			}
			else if (rate == null || rate.signum() <= 0) {
				problems.add(new FieldProblem("rates[" + currency + "]", "validation.positive"));
			}
			else if (rate.precision() - rate.scale() > INTEGER_DIGITS) {
				problems.add(new FieldProblem("rates[" + currency + "]", "cycle.rule.rate-range"));
			}
			else {
				clean.put(currency, rate);
			}
		});
		RateSource source = origin.sourceOrDefault();
		String description = origin.description() == null || origin.description().isBlank() ? null
				: origin.description().strip();
		LocalDate appliesOn = origin.appliesOn();
		switch (source) {
			case UN_OPERATIONAL -> {
				description = null;
				YearMonth latest = YearMonth.from(today).plusMonths(1);
				if (appliesOn == null) {
					appliesOn = today.withDayOfMonth(1);
				}
				else if (YearMonth.from(appliesOn).isAfter(latest)) {
					problems.add(new FieldProblem("month", "cycle.rule.rate-month"));
				}
				else {
					appliesOn = appliesOn.withDayOfMonth(1);
				}
			}
			case OTHER -> {
				if (description == null || description.length() > DESCRIPTION_LENGTH) {
					problems
						.add(new FieldProblem("sourceDescription", "cycle.rule.rate-description", DESCRIPTION_LENGTH));
				}
				if (appliesOn == null) {
					problems.add(new FieldProblem("date", "validation.required"));
				}
				else if (appliesOn.isAfter(today)) {
					problems.add(new FieldProblem("date", "cycle.rule.rate-date"));
				}
			}
			case NOT_RECORDED -> problems.add(new FieldProblem("source", "cycle.rule.rate-source"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return entered(clean, source, description, appliesOn, enteredBy, now);
	}

	private static List<ExchangeRate> entered(Map<String, BigDecimal> rates, RateSource source,
			@Nullable String description, @Nullable LocalDate appliesOn, String enteredBy, Instant now) {
		if (appliesOn == null) {
			throw new IllegalStateException("checked above");
		}
		return rates.entrySet()
			.stream()
			.map(rate -> new ExchangeRate(rate.getKey(), rate.getValue(), source, description, appliesOn, enteredBy,
					now))
			.toList();
	}

}
