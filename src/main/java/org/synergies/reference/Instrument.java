package org.synergies.reference;

import java.util.Locale;
import java.util.Map;

import org.synergies.shared.Language;
import org.synergies.shared.Name;
import org.synergies.shared.Name.Grammar;

/**
 * An instrument of the CMS Family: the Convention, an Agreement, or a Memorandum of
 * Understanding concluded under it.
 *
 * @param code stable code used in data and files, e.g. {@code AEWA}
 * @param acronym what people call it, e.g. "AEWA" or "Sharks MOU"
 * @param frenchGrammar what an article before its French name needs to know
 * @param spanishGrammar what an article before its Spanish name needs to know
 */
public record Instrument(String code, Kind kind, String acronym, Map<Language, String> names, Grammar frenchGrammar,
		Grammar spanishGrammar) {

	public enum Kind {

		CONVENTION, AGREEMENT, MOU

	}

	public Instrument {
		names = Map.copyOf(names);
	}

	public Instrument(String code, Kind kind, String acronym, Map<Language, String> names) {
		this(code, kind, acronym, names, Grammar.UNKNOWN, Grammar.UNKNOWN);
	}

	/**
	 * Its full name as sentences use it: "l’Accord sur la conservation…", "del Acuerdo…".
	 */
	public Name fullName() {
		return new Name(this.names.get(Language.EN), this.names.get(Language.FR), this.names.get(Language.ES),
				this.frenchGrammar, this.spanishGrammar);
	}

	public String name(Locale locale) {
		return this.names.getOrDefault(Language.of(locale), this.names.get(Language.EN));
	}

}
