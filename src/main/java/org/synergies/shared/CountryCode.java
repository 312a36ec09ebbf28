package org.synergies.shared;

import java.io.Serializable;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * An ISO 3166-1 alpha-2 country code ("DE", "IN"). Cannot be built from a code that ISO
 * 3166 does not assign.
 */
public record CountryCode(String value) implements Serializable {

	private static final Set<String> ASSIGNED = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

	private static final Map<String, List<CountryCode>> BY_LANGUAGE = new ConcurrentHashMap<>();

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

	/**
	 * Every assigned code, ordered by the country's name in the given language. Computed
	 * once per language: every form with a country list asks for it.
	 */
	public static List<CountryCode> all(Locale locale) {
		return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), language -> {
			Collator collator = Collator.getInstance(locale);
			return Stream.of(ASSIGNED.toArray(String[]::new))
				.map(CountryCode::new)
				.sorted(Comparator.comparing(country -> country.displayName(locale), collator))
				.toList();
		});
	}

	@Override
	public String toString() {
		return value;
	}

}
