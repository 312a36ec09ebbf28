package org.synergies.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Reading what people type in answers (see {@link Answer}): numbers as they write them,
 * currencies, dates.
 */
public final class Answers {

	/** The key of an entry's own id in a repeating group, in the stored JSON. */
	public static final String ENTRY_ID = "_id";

	private Answers() {
	}

	/**
	 * A number as people type it: "1 234,5", "1,234.5", "1.234,5", "1,000,000", "1234.5"
	 * — spaces and the thousands separator dropped; where both separators appear the last
	 * is the decimal one, a lone comma or point is the decimal separator, and one
	 * repeated is the thousands separator.
	 */
	public static Optional<BigDecimal> number(@Nullable String typed) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			return Optional.empty();
		}
		String digits = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace("'", "");
		if (digits.contains(",") && digits.contains(".")) {
			char decimal = digits.lastIndexOf(',') > digits.lastIndexOf('.') ? ',' : '.';
			char thousands = decimal == ',' ? '.' : ',';
			if (digits.indexOf(decimal) != digits.lastIndexOf(decimal)
					|| digits.lastIndexOf(thousands) > digits.indexOf(decimal)) {
				return Optional.empty();
			}
			digits = digits.replace(String.valueOf(thousands), "").replace(decimal, '.');
		}
		else if (digits.indexOf(',') >= 0) {
			digits = digits.indexOf(',') == digits.lastIndexOf(',') ? digits.replace(',', '.')
					: digits.replace(",", "");
		}
		else if (digits.indexOf('.') != digits.lastIndexOf('.')) {
			digits = digits.replace(".", "");
		}
		try {
			return Optional.of(new BigDecimal(digits));
		}
		catch (NumberFormatException notANumber) {
			return Optional.empty();
		}
	}

	public static boolean isCurrency(String code) {
		try {
			// XXX, XTS, XAU, XDR… have no minor unit: they are not money an NGO spends
			Currency currency = Currency.getInstance(code);
			return code.length() == 3 && currency.getCurrencyCode().equals(code)
					&& currency.getDefaultFractionDigits() >= 0;
		}
		catch (IllegalArgumentException unknown) {
			return false;
		}
	}

	/** A date written the ISO way (2026-05-31), as a date field sends it. */
	public static Optional<LocalDate> date(@Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(typed.strip()));
		}
		catch (DateTimeParseException notADate) {
			return Optional.empty();
		}
	}

	/** An amount in a currency. */
	public record Money(BigDecimal amount, String currency) {
	}

}
