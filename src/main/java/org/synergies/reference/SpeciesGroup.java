package org.synergies.reference;

import java.util.Locale;
import java.util.Map;

import org.synergies.shared.Language;

/**
 * A group of migratory species as CMS lists them (birds, aquatic mammals, …).
 */
public record SpeciesGroup(String code, Map<Language, String> names) {

	public SpeciesGroup {
		names = Map.copyOf(names);
	}

	public String name(Locale locale) {
		return this.names.getOrDefault(Language.of(locale), this.names.get(Language.EN));
	}

}
