package org.synergies.notifications.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.synergies.notifications.Addressee;
import org.synergies.notifications.AddresseeKind;
import org.synergies.notifications.ContributionChannel;
import org.synergies.notifications.ContributionView;
import org.synergies.shared.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary of who contributed, in the three languages: the seed's case, one
 * contributor, two, many, and the French articles and elisions of country names.
 */
class ContributorsSentenceTests {

	private static final Addressee WILD_MIGRATION = organization("Wild Migration");

	private int day;

	@Test
	void writesTheSeedsCaseInEveryLanguage() {
		List<ContributionView> seed = List.of(from(country("AU")), from(country("PL")),
				from(WILD_MIGRATION, organization("BirdLife International"), organization("OceanCare"),
						organization("Wildlife Conservation Society")));

		assertThat(ContributorsSentence.write(seed, Language.EN))
			.isEqualTo("Contributions were received from the Governments of Australia and Poland and from Wild "
					+ "Migration, also on behalf of BirdLife International, OceanCare and the Wildlife Conservation "
					+ "Society.");
		assertThat(ContributorsSentence.write(seed, Language.FR))
			.isEqualTo("Des contributions ont été reçues des Gouvernements de l’Australie et de la Pologne et de Wild "
					+ "Migration, également au nom de BirdLife International, d’OceanCare et de la Wildlife "
					+ "Conservation Society.");
		assertThat(ContributorsSentence.write(seed, Language.ES))
			.isEqualTo("Se recibieron contribuciones de los Gobiernos de Australia y Polonia y de Wild Migration, "
					+ "también en nombre de BirdLife International, OceanCare y la Wildlife Conservation Society.");
	}

	@Test
	void oneContributor() {
		List<ContributionView> one = List.of(from(country("BR")));

		assertThat(ContributorsSentence.write(one, Language.EN))
			.isEqualTo("A contribution was received from the Government of Brazil.");
		assertThat(ContributorsSentence.write(one, Language.FR))
			.isEqualTo("Une contribution a été reçue du Gouvernement du Brésil.");
		assertThat(ContributorsSentence.write(one, Language.ES))
			.isEqualTo("Se recibió una contribución del Gobierno del Brasil.");
		assertThat(ContributorsSentence.write(List.of(), Language.FR)).isEqualTo("Aucune contribution n’a été reçue.");
	}

	@Test
	void twoContributorsTheSameSenderTwiceCountingOnce() {
		List<ContributionView> two = List.of(from(organization("OceanCare")), from(country("NL")),
				from(organization("OceanCare")));

		assertThat(ContributorsSentence.write(two, Language.EN))
			.isEqualTo("Contributions were received from OceanCare and from the Government of the Netherlands.");
		assertThat(ContributorsSentence.write(two, Language.FR))
			.isEqualTo("Des contributions ont été reçues d’OceanCare et du Gouvernement des Pays-Bas.");
		assertThat(ContributorsSentence.write(two, Language.ES))
			.isEqualTo("Se recibieron contribuciones de OceanCare y del Gobierno de los Países Bajos.");
	}

	@Test
	void manyContributorsSeparatedClearlyAfterAListOfThoseRepresented() {
		List<ContributionView> many = List.of(from(country("FR")), from(country("IT")),
				from(WILD_MIGRATION, organization("OceanCare")), from(organization("World Wide Fund")),
				from(country("IL")));

		assertThat(ContributorsSentence.write(many, Language.EN))
			.isEqualTo("Contributions were received from the Governments of France, Italy and Israel, from Wild "
					+ "Migration, also on behalf of OceanCare, and from the World Wide Fund.");
		assertThat(ContributorsSentence.write(many, Language.FR))
			.isEqualTo("Des contributions ont été reçues des Gouvernements de la France, de l’Italie et d’Israël, de "
					+ "Wild Migration, également au nom d’OceanCare, et du World Wide Fund.");
		assertThat(ContributorsSentence.write(many, Language.ES))
			.isEqualTo("Se recibieron contribuciones de los Gobiernos de Francia, Italia e Israel, de Wild Migration, "
					+ "también en nombre de OceanCare, y del World Wide Fund.");
	}

	@Test
	void frenchArticlesAndElisionsOfCountries() {
		assertThat(ContributorNames.of(country("AU"), Language.FR)).isEqualTo("de l’Australie");
		assertThat(ContributorNames.of(country("PL"), Language.FR)).isEqualTo("de la Pologne");
		assertThat(ContributorNames.of(country("MX"), Language.FR)).isEqualTo("du Mexique");
		assertThat(ContributorNames.of(country("US"), Language.FR)).isEqualTo("des États-Unis");
		assertThat(ContributorNames.of(country("IL"), Language.FR)).isEqualTo("d’Israël");
		assertThat(ContributorNames.of(country("MC"), Language.FR)).isEqualTo("de Monaco");
		assertThat(ContributorNames.of(country("EC"), Language.FR)).isEqualTo("de l’Équateur");
		assertThat(ContributorNames.of(country("AR"), Language.ES)).isEqualTo("de la Argentina");
		assertThat(ContributorNames.of(organization("Abc Foundation"), Language.FR)).isEqualTo("de l’Abc Foundation");
	}

	private static Addressee country(String code) {
		return new Addressee(AddresseeKind.COUNTRY, code, code);
	}

	private static Addressee organization(String name) {
		return new Addressee(AddresseeKind.ORGANIZATION, UUID.nameUUIDFromBytes(name.getBytes()).toString(), name);
	}

	private ContributionView from(Addressee sender, Addressee... onBehalf) {
		this.day++;
		return new ContributionView(UUID.randomUUID(), UUID.randomUUID(), sender, List.of(onBehalf), null,
				ContributionChannel.ONLINE, "en", "Text", LocalDate.of(2018, 9, this.day), false, false, false, 1,
				List.of(), Instant.EPOCH, 0);
	}

}
