package org.synergies.reference;

import java.util.Locale;
import java.util.Map;

import org.synergies.shared.Language;

/**
 * A target of the Strategic Plan for Migratory Species 2015–2023 (CMS COP11, Resolution
 * 11.2).
 *
 * @param number 1 to 16, as numbered in the Plan
 * @param shortTitles a short title for tables and choice lists, e.g. "Awareness of the
 * values of migratory species"
 * @param texts the target's full text: as adopted in English, in French and Spanish as
 * published by CMS
 */
public record StrategicPlanTarget(int number, Map<Language, String> shortTitles, Map<Language, String> texts) {

	public StrategicPlanTarget {
		shortTitles = Map.copyOf(shortTitles);
		texts = Map.copyOf(texts);
	}

	public String shortTitle(Locale locale) {
		return this.shortTitles.getOrDefault(Language.of(locale), this.shortTitles.get(Language.EN));
	}

	public String text(Locale locale) {
		return this.texts.getOrDefault(Language.of(locale), this.texts.get(Language.EN));
	}

	/**
	 * The number and short title as the Plan names them in each language: "Target 1:
	 * Awareness of …", "Objectif 1 : Sensibilisation …" (no-break space before the
	 * colon), "Meta 1: Conciencia …".
	 */
	public String label(Locale locale) {
		String prefix = switch (Language.of(locale)) {
			case EN -> "Target " + this.number + ": ";
			case FR -> "Objectif " + this.number + "\u00A0: ";
			case ES -> "Meta " + this.number + ": ";
		};
		return prefix + shortTitle(locale);
	}

}
