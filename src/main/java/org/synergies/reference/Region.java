package org.synergies.reference;

import java.util.Locale;
import java.util.Map;

import org.synergies.shared.Language;

/**
 * A region of the world as CMS groups Parties for the Standing Committee (Africa, Asia,
 * Central and South America and the Caribbean, Europe, North America, Oceania).
 *
 * @param code stable code used in data and files, e.g.
 * {@code CENTRAL_SOUTH_AMERICA_CARIBBEAN}
 */
public record Region(String code, Map<Language, String> names) {

	public Region {
		names = Map.copyOf(names);
	}

	public String name(Locale locale) {
		return this.names.getOrDefault(Language.of(locale), this.names.get(Language.EN));
	}

}
