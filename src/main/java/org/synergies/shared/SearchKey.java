package org.synergies.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which names are compared and searched: without accents, case or
 * punctuation, so that "societe" finds "Société" and "Wadden-Sea" finds "Wadden Sea".
 */
public final class SearchKey {

	private SearchKey() {
	}

	public static String of(String text) {
		String expanded = text.replace("œ", "oe")
			.replace("Œ", "OE")
			.replace("æ", "ae")
			.replace("Æ", "AE")
			.replace("ß", "ss");
		String withoutAccents = Normalizer.normalize(expanded, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
	}

}
