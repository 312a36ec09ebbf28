package org.synergies.reference;

import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.synergies.shared.CountryCode;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Strategic Plan targets and the CMS regions come from the migrations, in every
 * working language, and every country ISO 3166-1 assigns belongs to a region.
 */
@SpringBootTest
@DatabaseTest
class ReferenceDataTests {

	@Autowired
	ReferenceData reference;

	@Test
	void theSixteenTargetsExistInEveryLanguage() {
		assertThat(this.reference.strategicPlanTargets()).extracting(StrategicPlanTarget::number)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 16).boxed().toList());
		for (StrategicPlanTarget target : this.reference.strategicPlanTargets()) {
			for (Language language : Language.values()) {
				assertThat(target.shortTitle(language.locale()))
					.as("short title of %d in %s", target.number(), language)
					.isNotBlank()
					.hasSizeLessThanOrEqualTo(90)
					.doesNotContain("'");
				assertThat(target.text(language.locale())).as("text of %d in %s", target.number(), language)
					.isNotBlank()
					.doesNotContain("'");
			}
		}
		assertThat(this.reference.strategicPlanTarget(17)).isEmpty();
	}

	@Test
	void targetSixteenIsAboutResourceMobilization() {
		StrategicPlanTarget target = this.reference.strategicPlanTarget(16).orElseThrow();
		assertThat(target.shortTitle(Locale.ENGLISH)).containsIgnoringCase("resource mobilization");
		assertThat(target.text(Locale.ENGLISH)).contains("mobilization of adequate resources");
		assertThat(target.text(Locale.FRENCH)).contains("mobilisation de ressources");
		assertThat(target.text(Language.ES.locale())).contains("movilización de recursos");
	}

	@Test
	void labelsNameTheTargetAsThePlanDoesInEachLanguage() {
		StrategicPlanTarget first = this.reference.strategicPlanTarget(1).orElseThrow();
		assertThat(first.label(Locale.ENGLISH)).isEqualTo("Target 1: Awareness of the values of migratory species");
		assertThat(first.label(Locale.FRENCH)).startsWith("Objectif 1\u00A0: ").contains("Objectif 1");
		assertThat(first.label(Language.ES.locale())).startsWith("Meta 1: ");
		assertThat(first.label(Locale.GERMAN)).isEqualTo(first.label(Locale.ENGLISH));
	}

	@Test
	void theSixRegionsComeInTheirOfficialOrder() {
		assertThat(this.reference.regions()).extracting(Region::code)
			.containsExactly("AFRICA", "ASIA", "CENTRAL_SOUTH_AMERICA_CARIBBEAN", "EUROPE", "NORTH_AMERICA", "OCEANIA");
		assertThat(this.reference.regionName("CENTRAL_SOUTH_AMERICA_CARIBBEAN", Locale.ENGLISH))
			.isEqualTo("Central and South America and the Caribbean");
		assertThat(this.reference.regionName("OCEANIA", Locale.FRENCH)).isEqualTo("Océanie");
		assertThat(this.reference.regionName("AFRICA", Language.ES.locale())).isEqualTo("África");
		assertThat(this.reference.regionName("ATLANTIS", Locale.ENGLISH)).isEqualTo("ATLANTIS");
		assertThat(this.reference.region("ATLANTIS")).isEmpty();
	}

	@Test
	void everyIsoCountryHasARegion() {
		assertThat(Locale.getISOCountries()).filteredOn(code -> this.reference.regionOf(CountryCode.of(code)).isEmpty())
			.as("countries without a region")
			.isEmpty();
	}

	@Test
	void countriesAreWhereTheM49GeoschemePutsThem() {
		assertThat(regionOf("FR")).isEqualTo("EUROPE");
		assertThat(regionOf("KE")).isEqualTo("AFRICA");
		assertThat(regionOf("IN")).isEqualTo("ASIA");
		assertThat(regionOf("BR")).isEqualTo("CENTRAL_SOUTH_AMERICA_CARIBBEAN");
		assertThat(regionOf("MX")).isEqualTo("CENTRAL_SOUTH_AMERICA_CARIBBEAN");
		assertThat(regionOf("US")).isEqualTo("NORTH_AMERICA");
		assertThat(regionOf("AU")).isEqualTo("OCEANIA");
		assertThat(regionOf("TR")).isEqualTo("ASIA");
		assertThat(regionOf("RU")).isEqualTo("EUROPE");
		assertThat(regionOf("GL")).isEqualTo("NORTH_AMERICA");
	}

	private String regionOf(String country) {
		return this.reference.regionOf(CountryCode.of(country)).map(Region::code).orElseThrow();
	}

}
