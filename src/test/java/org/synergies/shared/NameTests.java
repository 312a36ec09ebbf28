package org.synergies.shared;

import org.junit.jupiter.api.Test;
import org.synergies.shared.Name.Gender;
import org.synergies.shared.Name.Grammar;

import static org.assertj.core.api.Assertions.assertThat;

class NameTests {

	static final Name AEWA = new Name("Agreement on the Conservation of African-Eurasian Migratory Waterbirds",
			"Accord sur la conservation des oiseaux d’eau migrateurs d’Afrique-Eurasie",
			"Acuerdo sobre la Conservación de las Aves Acuáticas Migratorias Afroeuroasiáticas",
			new Grammar(Gender.MASCULINE, false, true), new Grammar(Gender.MASCULINE, false, null));

	static final Name STANDING_COMMITTEE = new Name("Standing Committee", "Comité permanent", "Comité Permanente",
			new Grammar(Gender.MASCULINE, false, false), new Grammar(Gender.MASCULINE, false, null));

	static final Name COP = new Name("Conference of the Parties", "Conférence des Parties", "Conferencia de las Partes",
			new Grammar(Gender.FEMININE, false, false), new Grammar(Gender.FEMININE, false, null));

	@Test
	void frenchArticlesAgreeWithGenderAndElide() {
		assertThat(AEWA.the().in(Language.FR)).startsWith("l’Accord sur");
		assertThat(AEWA.ofThe().in(Language.FR)).startsWith("de l’Accord sur");
		assertThat(AEWA.toThe().in(Language.FR)).startsWith("à l’Accord sur");
		assertThat(STANDING_COMMITTEE.the().in(Language.FR)).isEqualTo("le Comité permanent");
		assertThat(STANDING_COMMITTEE.ofThe().in(Language.FR)).isEqualTo("du Comité permanent");
		assertThat(STANDING_COMMITTEE.toThe().in(Language.FR)).isEqualTo("au Comité permanent");
		assertThat(COP.the().in(Language.FR)).isEqualTo("la Conférence des Parties");
		assertThat(COP.ofThe().in(Language.FR)).isEqualTo("de la Conférence des Parties");
		assertThat(COP.toThe().in(Language.FR)).isEqualTo("à la Conférence des Parties");
	}

	@Test
	void spanishArticlesContract() {
		assertThat(STANDING_COMMITTEE.toThe().in(Language.ES)).isEqualTo("al Comité Permanente");
		assertThat(AEWA.ofThe().in(Language.ES)).startsWith("del Acuerdo sobre");
		assertThat(COP.ofThe().in(Language.ES)).isEqualTo("de la Conferencia de las Partes");
		assertThat(COP.the().in(Language.ES)).isEqualTo("la Conferencia de las Partes");
		assertThat(STANDING_COMMITTEE.the().in(Language.ES)).isEqualTo("el Comité Permanente");
	}

	@Test
	void englishTakesTheDefiniteArticle() {
		assertThat(STANDING_COMMITTEE.the().in(Language.EN)).isEqualTo("the Standing Committee");
		assertThat(COP.ofThe().in(Language.EN)).isEqualTo("of the Conference of the Parties");
		assertThat(STANDING_COMMITTEE.bare().in(Language.FR)).isEqualTo("Comité permanent");
	}

	@Test
	void whatIsNotStoredIsGuessedFromTheName() {
		Name group = new Name("Intersessional Working Group", "Groupe de travail intersessions",
				"Grupo de trabajo entre períodos de sesiones", Grammar.UNKNOWN, Grammar.UNKNOWN);
		assertThat(group.ofThe().in(Language.FR)).isEqualTo("du Groupe de travail intersessions");
		assertThat(group.toThe().in(Language.ES)).isEqualTo("al Grupo de trabajo entre períodos de sesiones");
		Name meeting = new Name("Meeting of the Parties", "Réunion des Parties", "Reunión de las Partes",
				Grammar.UNKNOWN, Grammar.UNKNOWN);
		assertThat(meeting.toThe().in(Language.FR)).isEqualTo("à la Réunion des Parties");
		assertThat(meeting.ofThe().in(Language.ES)).isEqualTo("de la Reunión de las Partes");
		Name agreement = new Name("Agreement", "Accord", "Acuerdo", Grammar.UNKNOWN, Grammar.UNKNOWN);
		assertThat(agreement.ofThe().in(Language.FR)).isEqualTo("de l’Accord");
		Name convention = new Name("Convention", "Convention", "Convención", Grammar.UNKNOWN, Grammar.UNKNOWN);
		assertThat(convention.the().in(Language.FR)).isEqualTo("la Convention");
		assertThat(convention.the().in(Language.ES)).isEqualTo("la Convención");
	}

	@Test
	void anHAspireIsStoredAndNotElided() {
		Name haut = new Name("High Council", "Haut Conseil", "Alto Consejo",
				new Grammar(Gender.MASCULINE, false, false), Grammar.UNKNOWN);
		assertThat(haut.ofThe().in(Language.FR)).isEqualTo("du Haut Conseil");
		Name heritage = new Name("Heritage", "Héritage", "Patrimonio", Grammar.UNKNOWN, Grammar.UNKNOWN);
		assertThat(heritage.the().in(Language.FR)).isEqualTo("l’Héritage");
	}

	@Test
	void pluralNamesTakePluralArticles() {
		Name parties = new Name("Parties", "Parties", "Partes", new Grammar(Gender.FEMININE, true, false),
				new Grammar(Gender.FEMININE, true, null));
		assertThat(parties.toThe().in(Language.FR)).isEqualTo("aux Parties");
		assertThat(parties.ofThe().in(Language.FR)).isEqualTo("des Parties");
		assertThat(parties.ofThe().in(Language.ES)).isEqualTo("de las Partes");
	}

	@Test
	void aNameMissingInALanguageFallsBackToEnglish() {
		Name group = Name.english("Civil Society Project Steering Group");
		assertThat(group.the().in(Language.FR)).isEqualTo("le Civil Society Project Steering Group");
		assertThat(group.the().in(Language.EN)).isEqualTo("the Civil Society Project Steering Group");
	}

}
