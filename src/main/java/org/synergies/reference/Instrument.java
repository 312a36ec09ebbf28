package org.synergies.reference;

import java.util.Locale;
import java.util.Map;

import org.synergies.shared.Language;

/**
 * An instrument of the CMS Family: the Convention, an Agreement, or a Memorandum of
 * Understanding concluded under it.
 *
 * @param code stable code used in data and files, e.g. {@code AEWA}
 * @param acronym what people call it, e.g. "AEWA" or "Sharks MOU"
 */
public record Instrument(String code, Kind kind, String acronym, Map<Language, String> names) {

	public enum Kind {

		CONVENTION, AGREEMENT, MOU

	}

	public Instrument {
		names = Map.copyOf(names);
	}

	public String name(Locale locale) {
		return this.names.getOrDefault(Language.of(locale), this.names.get(Language.EN));
	}

}
