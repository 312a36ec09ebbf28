package org.synergies.accreditation;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * An eligibility criterion an applicant answers.
 *
 * @param key stable within its version ("C1", "C2", …): answers refer to it
 * @param evidenceRequired whether the answer must come with a supporting file
 */
public record Criterion(String key, String textEn, @Nullable String textFr, @Nullable String textEs,
		boolean evidenceRequired) {

	public String text(Locale locale) {
		String translated = Language.of(locale).pick(this.textEn, this.textFr, this.textEs);
		return translated != null ? translated : this.textEn;
	}

}
