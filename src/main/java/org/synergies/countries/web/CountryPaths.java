package org.synergies.countries.web;

import java.util.Locale;

import org.synergies.shared.CountryCode;
import org.synergies.shared.NotFoundException;

/** The country a path names, by its ISO 3166 code in any case; any other value is 404. */
final class CountryPaths {

	private CountryPaths() {
	}

	static CountryCode country(String value) {
		String code = value.strip().toUpperCase(Locale.ROOT);
		if (!CountryCode.isValid(code)) {
			throw new NotFoundException("country", value);
		}
		return CountryCode.of(code);
	}

}
