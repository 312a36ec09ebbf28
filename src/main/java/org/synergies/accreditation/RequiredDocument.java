package org.synergies.accreditation;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * A document every applicant uploads, e.g. statutes or proof of non-profit status.
 *
 * @param code stable within its version ("D1", …)
 */
public record RequiredDocument(String code, String nameEn, @Nullable String nameFr, @Nullable String nameEs) {

	public String name(Locale locale) {
		String translated = Language.of(locale).pick(this.nameEn, this.nameFr, this.nameEs);
		return translated != null ? translated : this.nameEn;
	}

}
