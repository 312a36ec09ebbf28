package org.synergies.organizations;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * What describes an organization, as typed in a form, sent to the API or read from an
 * import file. Checked by {@link OrganizationManagement#check}; nothing here is trusted.
 *
 * @param officialName the name in the organization's own language
 * @param nameEn its name in English, where it has one (likewise French, Spanish)
 * @param headquarters ISO 3166 code of the country of its headquarters
 * @param countries ISO 3166 codes of the countries it works in
 * @param instruments codes of the CMS Family instruments it is interested in
 * @param descriptionLanguage the language the description is written in
 */
public record OrganizationDetails(@Nullable String officialName, @Nullable String nameEn, @Nullable String nameFr,
		@Nullable String nameEs, @Nullable String acronym, @Nullable OrganizationKind kind,
		@Nullable String headquarters, Set<String> countries, @Nullable String website, @Nullable String publicEmail,
		@Nullable String description, @Nullable Language descriptionLanguage, Set<String> instruments,
		Set<String> speciesGroups) {

	public OrganizationDetails {
		countries = Set.copyOf(countries.stream().map(code -> code.trim().toUpperCase(Locale.ROOT)).toList());
		instruments = Set.copyOf(instruments);
		speciesGroups = Set.copyOf(speciesGroups);
		officialName = trimmed(officialName);
		nameEn = trimmed(nameEn);
		nameFr = trimmed(nameFr);
		nameEs = trimmed(nameEs);
		acronym = trimmed(acronym);
		headquarters = headquarters == null || headquarters.isBlank() ? null
				: headquarters.trim().toUpperCase(Locale.ROOT);
		website = trimmed(website);
		publicEmail = trimmed(publicEmail);
		description = trimmed(description);
	}

	/** The names to compare with other organizations' when looking for duplicates. */
	public List<String> names() {
		return java.util.stream.Stream.of(this.officialName, this.nameEn, this.nameFr, this.nameEs)
			.filter(name -> name != null)
			.toList();
	}

	private static @Nullable String trimmed(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
