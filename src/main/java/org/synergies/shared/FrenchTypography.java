package org.synergies.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French typography as the United Nations French service applies it: a no-break space
 * (U+00A0) before a colon and inside « », a narrow no-break space (U+202F) before ; ! and
 * ?, and the typographic apostrophe (U+2019) after an elided article or pronoun
 * ("l’Accord", "d’Afrique"), never followed by a space. Only the spaces change: the words
 * do not. Colons and question marks inside a word, a time or an address ("09:30",
 * "https://…?id=1") are left alone.
 */
public final class FrenchTypography {

	static final char NBSP = '\u00a0';

	static final char NARROW_NBSP = '\u202f';

	private static final Pattern BEFORE_COLON = Pattern
		.compile("(?<=[\\p{L}\\p{N}\\p{Pe}\\p{Pf}»%.…])[ \\t\\u00a0\\u202f]*:(?=\\s|$|»)");

	private static final Pattern BEFORE_OTHERS = Pattern
		.compile("(?<=[\\p{L}\\p{N}\\p{Pe}\\p{Pf}»%.…])[ \\t\\u00a0\\u202f]*([;!?])(?=\\s|$|»|[!?])");

	private static final Pattern AFTER_OPENING = Pattern.compile("«[ \\t\\u00a0\\u202f]*");

	private static final Pattern BEFORE_CLOSING = Pattern.compile("[ \\t\\u00a0\\u202f]*»");

	private static final Pattern ELISION = Pattern
		.compile("(?i)(?<![\\p{L}])(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=[\\p{L}])");

	private FrenchTypography() {
	}

	/** The text with French spacing around punctuation. */
	public static String apply(String text) {
		if (text.isEmpty()) {
			return text;
		}
		String result = ELISION.matcher(text).replaceAll((match) -> Matcher.quoteReplacement(match.group(1) + "’"));
		result = BEFORE_COLON.matcher(result).replaceAll(NBSP + ":");
		result = BEFORE_OTHERS.matcher(result).replaceAll((match) -> NARROW_NBSP + match.group(1));
		result = AFTER_OPENING.matcher(result).replaceAll("«" + NBSP);
		result = BEFORE_CLOSING.matcher(result).replaceAll(NBSP + "»");
		return result;
	}

	/** The text with French spacing when the language is French, as it is otherwise. */
	public static String apply(String text, Language language) {
		return language == Language.FR ? apply(text) : text;
	}

}
