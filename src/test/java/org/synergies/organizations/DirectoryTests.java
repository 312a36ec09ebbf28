package org.synergies.organizations;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestOrganizations;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@DatabaseTest
class DirectoryTests {

	@Autowired
	OrganizationManagement organizations;

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void searchIgnoresAccentsCaseAndPunctuation() {
		String tag = TestOrganizations.unique();
		OrganizationView accented = this.organizations
			.register(TestOrganizations.ngo("Société Œcologique de l’Île " + tag));

		for (String typed : new String[] { "societe oecologique", "SOCIÉTÉ", "de l ile " + tag, "l’île" }) {
			assertThat(search(typed + " " + tag).organizations()).as(typed)
				.extracting(OrganizationSummary::id)
				.contains(accented.id());
		}
	}

	@Test
	void searchFindsAcronymsAndTranslatedNames() {
		String tag = TestOrganizations.unique();
		OrganizationView organization = this.organizations.register(new OrganizationDetails("Wildlife Network " + tag,
				null, "Réseau faune " + tag, null, "WN" + tag.substring(0, 4), OrganizationKind.INTERNATIONAL_NGO, null,
				Set.of(), null, null, null, null, Set.of(), Set.of()));

		assertThat(search("reseau faune " + tag).organizations()).extracting(OrganizationSummary::id)
			.containsExactly(organization.id());
		assertThat(search("wn" + tag.substring(0, 4)).organizations()).extracting(OrganizationSummary::id)
			.contains(organization.id());
	}

	@Test
	void filtersByKindCountryAndInstrumentAndHidesArchivedOrganizations() {
		String tag = TestOrganizations.unique();
		OrganizationView youth = this.organizations
			.register(new OrganizationDetails("Youth for Flyways " + tag, null, null, null, null,
					OrganizationKind.YOUTH, "SN", Set.of("GH"), null, null, null, null, Set.of("AEWA"), Set.of()));
		OrganizationView archived = this.organizations
			.register(new OrganizationDetails("Old Youth Club " + tag, null, null, null, null, OrganizationKind.YOUTH,
					"SN", Set.of(), null, null, null, null, Set.of("AEWA"), Set.of()));
		this.organizations.archive(archived.id());

		assertThat(query(tag, OrganizationKind.YOUTH, null, null, OrganizationStatus.ACTIVE))
			.containsExactly(youth.id());
		assertThat(query(tag, null, "GH", null, OrganizationStatus.ACTIVE)).as("a country of operation counts")
			.containsExactly(youth.id());
		assertThat(query(tag, null, null, "AEWA", OrganizationStatus.ACTIVE)).containsExactly(youth.id());
		assertThat(query(tag, null, null, "SHARKS", OrganizationStatus.ACTIVE)).isEmpty();
		assertThat(query(tag, null, null, null, OrganizationStatus.ARCHIVED)).containsExactly(archived.id());
	}

	@Test
	void sortsByTheNameInTheReadersLanguageAndPages() {
		String tag = TestOrganizations.unique();
		register("Zebra Alliance " + tag, "Alliance zèbre " + tag);
		register("Albatross Watch " + tag, "Veille albatros " + tag);
		register("Monk Seal Friends " + tag, "Amis du phoque moine " + tag);

		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(names(tag, DirectoryQuery.Sort.NAME, 0, 10)).containsExactly("Albatross Watch " + tag,
				"Monk Seal Friends " + tag, "Zebra Alliance " + tag);
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(names(tag, DirectoryQuery.Sort.NAME, 0, 10)).containsExactly("Alliance zèbre " + tag,
				"Amis du phoque moine " + tag, "Veille albatros " + tag);

		DirectoryPage second = this.organizations.directory(new DirectoryQuery(tag, null, null, null,
				OrganizationStatus.ACTIVE, DirectoryQuery.Sort.NAME_DESC, 1, 2));
		assertThat(second.total()).isEqualTo(3);
		assertThat(second.hasNext()).isFalse();
		assertThat(second.hasPrevious()).isTrue();
		assertThat(second.organizations()).hasSize(1);
	}

	@Test
	void eachLineCarriesItsInstruments() {
		String tag = TestOrganizations.unique();
		this.organizations.register(TestOrganizations.ngo("Instrument Holder " + tag));

		assertThat(search(tag).organizations()).singleElement()
			.satisfies(line -> assertThat(line.instruments()).containsExactly("AEWA", "CMS"));
	}

	private void register(String english, String french) {
		this.organizations.register(new OrganizationDetails(english, null, french, null, null,
				OrganizationKind.NATIONAL_NGO, null, Set.of(), null, null, null, null, Set.of(), Set.of()));
	}

	private java.util.List<String> names(String tag, DirectoryQuery.Sort sort, int page, int size) {
		return this.organizations
			.directory(new DirectoryQuery(tag, null, null, null, OrganizationStatus.ACTIVE, sort, page, size))
			.organizations()
			.stream()
			.map(line -> line.name(LocaleContextHolder.getLocale()))
			.toList();
	}

	private java.util.List<java.util.UUID> query(String tag, OrganizationKind kind, String country, String instrument,
			OrganizationStatus status) {
		return this.organizations
			.directory(new DirectoryQuery(tag, kind, country, instrument, status, DirectoryQuery.Sort.NAME, 0, 50))
			.organizations()
			.stream()
			.map(OrganizationSummary::id)
			.toList();
	}

	private DirectoryPage search(String text) {
		return this.organizations.directory(
				new DirectoryQuery(text, null, null, null, OrganizationStatus.ACTIVE, DirectoryQuery.Sort.NAME, 0, 50));
	}

}
