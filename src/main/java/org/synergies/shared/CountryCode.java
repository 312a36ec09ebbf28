package org.synergies.shared;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An ISO 3166-1 alpha-2 country code ("DE", "IN"). Cannot be built from a code that ISO
 * 3166 does not assign.
 */
public record CountryCode(String value) implements Serializable {

	private static final Set<String> ASSIGNED = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

	public CountryCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not an ISO 3166-1 alpha-2 country code: " + value);
		}
	}

	public static CountryCode of(String value) {
		return new CountryCode(value.trim().toUpperCase(Locale.ROOT));
	}

	public static boolean isValid(String value) {
		return value != null && ASSIGNED.contains(value);
	}

	/** The country's name in the given language ("Allemagne" for DE in French). */
	public String displayName(Locale locale) {
		return new Locale.Builder().setRegion(this.value).build().getDisplayCountry(locale);
	}

	/** Every assigned code, ordered by the country's name in the given language. */
	public static List<CountryCode> all(Locale locale) {
		return Stream.of(ASSIGNED.toArray(String[]::new))
			.map(CountryCode::new)
			.sorted(Comparator.comparing(country -> country.displayName(locale)))
			.toList();
	}

	@Override
	public String toString() {
		return value;
	}

}
