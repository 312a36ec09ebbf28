package org.synergies.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrenchTypographyTests {

	@Test
	void noBreakSpaceBeforeAColonNarrowBeforeSemicolonAndMarks() {
		assertThat(FrenchTypography.apply("Original : anglais")).isEqualTo("Original\u00a0: anglais");
		assertThat(FrenchTypography.apply("Instruments: CMS")).isEqualTo("Instruments\u00a0: CMS");
		assertThat(FrenchTypography.apply("oui ; non ? Bien !")).isEqualTo("oui\u202f; non\u202f? Bien\u202f!");
		assertThat(FrenchTypography.apply("Pourquoi?")).isEqualTo("Pourquoi\u202f?");
	}

	@Test
	void guillemetsHoldTheirTextWithNoBreakSpaces() {
		assertThat(FrenchTypography.apply("le thème « Vers une planète sans pollution »"))
			.isEqualTo("le thème «\u00a0Vers une planète sans pollution\u00a0»");
		assertThat(FrenchTypography.apply("«oui»")).isEqualTo("«\u00a0oui\u00a0»");
	}

	@Test
	void elidedArticlesTakeTheTypographicApostrophe() {
		assertThat(FrenchTypography.apply("l'Accord d'Afrique-Eurasie qu'il"))
			.isEqualTo("l’Accord d’Afrique-Eurasie qu’il");
		assertThat(FrenchTypography.apply("Born Free's report")).isEqualTo("Born Free's report");
	}

	@Test
	void timesAddressesAndDoneTextAreLeftAlone() {
		assertThat(FrenchTypography.apply("à 09:30, https://example.org/a?b=c"))
			.isEqualTo("à 09:30, https://example.org/a?b=c");
		String done = "Original\u00a0: anglais\u202f; «\u00a0oui\u00a0»";
		assertThat(FrenchTypography.apply(done)).isEqualTo(done);
		assertThat(FrenchTypography.apply("Original: English", Language.EN)).isEqualTo("Original: English");
	}

}
