package org.synergies.reporting;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * One value a template's own choice field offers, with its label in EN/FR/ES.
 */
public record Option(String code, String labelEn, @Nullable String labelFr, @Nullable String labelEs) {

	/** The label in the reader's language, or in English when not translated. */
	public String label(Locale locale) {
		String translated = Language.of(locale).pick(this.labelEn, this.labelFr, this.labelEs);
		return translated == null ? this.labelEn : translated;
	}

}
