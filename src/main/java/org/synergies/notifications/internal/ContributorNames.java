package org.synergies.notifications.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.synergies.notifications.Addressee;
import org.synergies.notifications.AddresseeKind;
import org.synergies.shared.CountryCode;
import org.synergies.shared.Language;

/**
 * Who contributed, named as a sentence of the Secretariat names them: a country with the
 * article the United Nations give it ("the Netherlands", "l’Australie", "la Pologne",
 * "les États-Unis", "Israël"; "el Brasil", "Australia"), an organization with the article
 * its English name calls for ("the Wildlife Conservation Society", "la Wildlife
 * Conservation Society", "del Fondo…"). Country names are Java's (CLDR) names in the
 * language; only the articles are kept here.
 */
final class ContributorNames {

	/** Countries whose English name takes "the". */
	private static final Set<String> THE_EN = Set.of("US", "GB", "NL", "PH", "BS", "KM", "MV", "SC", "AE", "MH", "SB",
			"GM", "CD", "CF", "DO", "CZ", "VA");

	/** Plural in French: "les". */
	private static final Set<String> PLURAL_FR = Set.of("US", "NL", "PH", "KM", "MV", "SC", "BS", "AE", "MH", "SB",
			"FJ", "PW");

	/** Without an article in French: "Israël", "de Cuba", "d’Israël". */
	private static final Set<String> BARE_FR = Set.of("IL", "CU", "MC", "MG", "MT", "MU", "CY", "SG", "OM", "BH", "HT",
			"LC", "SM", "KN", "VC", "ST", "WS", "TO", "NR", "KI", "TV", "VU", "DJ", "BN", "TT", "AG");

	/** Masculine in French although their name ends with an e: "le Mexique". */
	private static final Set<String> MASCULINE_E_FR = Set.of("MX", "KH", "MZ", "ZW", "BZ", "SR");

	/**
	 * Articles of United Nations Spanish ("el Brasil", "la India", "los Países Bajos").
	 */
	private static final Map<String, String> ARTICLE_ES = Map.ofEntries(Map.entry("AR", "la"), Map.entry("BR", "el"),
			Map.entry("CA", "el"), Map.entry("EC", "el"), Map.entry("JP", "el"), Map.entry("PK", "el"),
			Map.entry("PY", "el"), Map.entry("PE", "el"), Map.entry("UY", "el"), Map.entry("IN", "la"),
			Map.entry("TD", "el"), Map.entry("CM", "el"), Map.entry("CG", "el"), Map.entry("NE", "el"),
			Map.entry("SN", "el"), Map.entry("SD", "el"), Map.entry("YE", "el"), Map.entry("LB", "el"),
			Map.entry("GB", "el"), Map.entry("US", "los"), Map.entry("NL", "los"), Map.entry("AE", "los"),
			Map.entry("BS", "las"), Map.entry("KM", "las"), Map.entry("MV", "las"), Map.entry("SA", "la"));

	/**
	 * The last word of an organization's English name, and its gender as the French and
	 * Spanish nouns it stands for ("Society": société, sociedad).
	 */
	private static final Map<String, String[]> ORGANIZATION_NOUNS = Map.ofEntries(
			Map.entry("society", new String[] { "F", "F" }), Map.entry("fund", new String[] { "M", "M" }),
			Map.entry("union", new String[] { "F", "F" }), Map.entry("foundation", new String[] { "F", "F" }),
			Map.entry("trust", new String[] { "M", "M" }), Map.entry("association", new String[] { "F", "F" }),
			Map.entry("council", new String[] { "M", "M" }), Map.entry("network", new String[] { "M", "F" }),
			Map.entry("alliance", new String[] { "F", "F" }), Map.entry("centre", new String[] { "M", "M" }),
			Map.entry("center", new String[] { "M", "M" }), Map.entry("institute", new String[] { "M", "M" }),
			Map.entry("federation", new String[] { "F", "F" }), Map.entry("programme", new String[] { "M", "M" }),
			Map.entry("program", new String[] { "M", "M" }), Map.entry("conservancy", new String[] { "F", "F" }));

	private ContributorNames() {
	}

	/** The name alone in the language. */
	static String name(Addressee party, Language language) {
		return party.kind() == AddresseeKind.COUNTRY ? CountryCode.of(party.ref()).displayName(language.locale())
				: party.name();
	}

	/** The name with its article: "the Netherlands", "l’Australie", "el Brasil". */
	static String the(Addressee party, Language language) {
		String name = name(party, language);
		String article = article(party, language, name);
		return article.isEmpty() ? name : article.endsWith("’") ? article + name : article + " " + name;
	}

	/**
	 * The name after "of": "Australia", "de l’Australie", "du Brésil", "d’Israël", "des
	 * États-Unis", "del Brasil", "de Australia".
	 */
	static String of(Addressee party, Language language) {
		String the = the(party, language);
		return switch (language) {
			case EN -> the;
			case FR -> {
				if (the.startsWith("le ")) {
					yield "du " + the.substring(3);
				}
				if (the.startsWith("les ")) {
					yield "des " + the.substring(4);
				}
				yield elides(the) ? "d’" + the : "de " + the;
			}
			case ES -> the.startsWith("el ") ? "del " + the.substring(3) : "de " + the;
		};
	}

	private static String article(Addressee party, Language language, String name) {
		if (party.kind() == AddresseeKind.COUNTRY) {
			String code = party.ref().toUpperCase(Locale.ROOT);
			return switch (language) {
				case EN -> THE_EN.contains(code) ? "the" : "";
				case FR -> PLURAL_FR.contains(code) ? "les" : BARE_FR.contains(code) ? ""
						: elides(name) ? "l’" : name.endsWith("e") && !MASCULINE_E_FR.contains(code) ? "la" : "le";
				case ES -> ARTICLE_ES.getOrDefault(code, "");
			};
		}
		if (name.regionMatches(true, 0, "the ", 0, 4)) {
			return "";
		}
		String[] words = name.strip().split("\\s+");
		String[] genders = ORGANIZATION_NOUNS.get(words[words.length - 1].toLowerCase(Locale.ROOT));
		if (genders == null || words.length < 2) {
			return "";
		}
		return switch (language) {
			case EN -> "the";
			case FR -> elides(name) ? "l’" : genders[0].equals("F") ? "la" : "le";
			case ES -> genders[1].equals("F") ? "la" : "el";
		};
	}

	/** French elides before a vowel (a mute h is not guessed for foreign names). */
	static boolean elides(String word) {
		return !word.isEmpty() && "aàâäeéèêëiîïoôöuùûüyœAÀÂÄEÉÈÊËIÎÏOÔÖUÙÛÜYŒ".indexOf(word.charAt(0)) >= 0;
	}

}
