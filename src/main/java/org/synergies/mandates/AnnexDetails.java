package org.synergies.mandates;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * An annex as the Secretariat enters it: its number, and a title and body in each
 * language it has (the body in one language at least).
 *
 * @param number "1", "2", "I", "A": letters and digits
 */
public record AnnexDetails(@Nullable String number, @Nullable String titleEn, @Nullable String titleFr,
		@Nullable String titleEs, @Nullable String bodyEn, @Nullable String bodyFr, @Nullable String bodyEs) {

	/** The annex in one language only, as a DOCX import finds it. */
	public static AnnexDetails in(Language language, String number, @Nullable String title, String body) {
		return new AnnexDetails(number, language == Language.EN ? title : null, language == Language.FR ? title : null,
				language == Language.ES ? title : null, language == Language.EN ? body : null,
				language == Language.FR ? body : null, language == Language.ES ? body : null);
	}

	/** The details of an annex as it stands, to correct. */
	public static AnnexDetails of(AnnexView annex) {
		return new AnnexDetails(annex.number(), annex.titleEn(), annex.titleFr(), annex.titleEs(), annex.bodyEn(),
				annex.bodyFr(), annex.bodyEs());
	}

}
