package org.synergies.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The three working languages of CMS. The interface, e-mails and generated documents
 * exist in each of them.
 */
public enum Language {

	EN, FR, ES;

	public static final Language DEFAULT = EN;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public Locale locale() {
		return Locale.forLanguageTag(code());
	}

	/**
	 * The language's own name for itself ("Français"), as shown in a language switcher.
	 */
	public String nativeName() {
		String name = locale().getDisplayLanguage(locale());
		return name.substring(0, 1).toUpperCase(locale()) + name.substring(1);
	}

	/**
	 * Of a text's English, French and Spanish versions, the one in this language: none
	 * when it is missing or blank, so that the caller says what stands in for it.
	 */
	public @Nullable String pick(@Nullable String english, @Nullable String french, @Nullable String spanish) {
		String version = switch (this) {
			case EN -> english;
			case FR -> french;
			case ES -> spanish;
		};
		return version == null || version.isBlank() ? null : version;
	}

	public static Optional<Language> fromCode(String code) {
		return Arrays.stream(values()).filter(language -> language.code().equalsIgnoreCase(code.trim())).findFirst();
	}

	/**
	 * The working language of a locale, or English when the locale is none of the three.
	 */
	public static Language of(Locale locale) {
		return fromCode(locale.getLanguage()).orElse(DEFAULT);
	}

	public static List<Locale> locales() {
		return Arrays.stream(values()).map(Language::locale).toList();
	}

}
