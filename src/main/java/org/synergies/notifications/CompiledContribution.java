package org.synergies.notifications;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A contribution as a published compilation holds it: public, unless its sender asked
 * that it not be made public. Its text is the revision that was compiled; its courtesy
 * translations are those available.
 *
 * @param language ISO 639-1 code of the language it is written in
 * @param files the names of the files sent with it (listed, not served)
 * @param symbol the symbol of the published compilation that holds it
 */
public record CompiledContribution(UUID id, UUID notification, Addressee sender, List<Addressee> onBehalf,
		String language, @Nullable String text, LocalDate receivedOn, List<String> files,
		List<CourtesyTranslation> translations, String symbol) {

	/** The language's name in the reader's language. */
	public String languageName(Locale locale) {
		return Locale.forLanguageTag(this.language).getDisplayLanguage(locale);
	}

}
