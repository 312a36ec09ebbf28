package org.synergies.mandates;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * The heading a decision sits under in the annex of draft decisions ("Synergies and
 * partnerships"), in each language it is given in.
 */
public record DecisionHeading(@Nullable String en, @Nullable String fr, @Nullable String es) {

	public @Nullable String in(Language language) {
		return language.pick(this.en, this.fr, this.es);
	}

	/** In the language asked, else in the first one it has. */
	public @Nullable String inOrAny(Language language) {
		String text = in(language);
		return text != null ? text : this.en != null ? this.en : this.fr != null ? this.fr : this.es;
	}

	public boolean isEmpty() {
		return in(Language.EN) == null && in(Language.FR) == null && in(Language.ES) == null;
	}

}
