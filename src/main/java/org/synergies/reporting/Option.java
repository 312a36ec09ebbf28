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
		String translated = switch (Language.of(locale)) {
			case EN -> this.labelEn;
			case FR -> this.labelFr;
			case ES -> this.labelEs;
		};
		return translated == null || translated.isBlank() ? this.labelEn : translated;
	}

}
