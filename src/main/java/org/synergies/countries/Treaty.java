package org.synergies.countries;

import java.util.Locale;
import java.util.Map;

import org.synergies.shared.Language;

/**
 * A treaty a country may belong to: an instrument of the CMS Family, or another
 * convention it works with (CITES, Ramsar, the CBD, …).
 *
 * @param code stable code used in data and files, e.g. {@code AEWA}, {@code RAMSAR}
 * @param cmsFamily whether it is the Convention or one of its Agreements or Memoranda
 */
public record Treaty(String code, String acronym, Map<Language, String> names, boolean cmsFamily) {

	public Treaty {
		names = Map.copyOf(names);
	}

	public String name(Locale locale) {
		return this.names.getOrDefault(Language.of(locale), this.names.get(Language.EN));
	}

}
