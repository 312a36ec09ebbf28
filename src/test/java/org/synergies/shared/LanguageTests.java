package org.synergies.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTests {

	@Test
	void picksTheVersionInTheReadersLanguage() {
		assertThat(Language.of(Locale.FRENCH).pick("Statutes", "Statuts", "Estatutos")).isEqualTo("Statuts");
		assertThat(Language.of(Locale.forLanguageTag("es")).pick("Statutes", "Statuts", "Estatutos"))
			.isEqualTo("Estatutos");
		assertThat(Language.of(Locale.GERMAN).pick("Statutes", "Statuts", "Estatutos")).isEqualTo("Statutes");
	}

	@Test
	void aMissingOrBlankTranslationIsNone() {
		assertThat(Language.FR.pick("Statutes", null, "Estatutos")).isNull();
		assertThat(Language.ES.pick("Statutes", "Statuts", "  ")).isNull();
	}

}
