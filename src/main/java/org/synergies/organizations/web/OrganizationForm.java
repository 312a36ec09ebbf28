package org.synergies.organizations.web;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.synergies.organizations.OrganizationDetails;
import org.synergies.organizations.OrganizationKind;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.Language;

/**
 * An organization's profile as typed in the form. The rules are checked by the façade, in
 * one place for pages, API and imports.
 *
 * @param version the version the person saw (null when registering)
 * @param allowSimilar the person saw the possible duplicates and saves anyway
 */
record OrganizationForm(@Nullable String officialName, @Nullable String nameEn, @Nullable String nameFr,
		@Nullable String nameEs, @Nullable String acronym, @Nullable OrganizationKind kind,
		@Nullable String headquarters, @Nullable Set<String> countries, @Nullable String website,
		@Nullable String publicEmail, @Nullable String description, @Nullable Language descriptionLanguage,
		@Nullable Set<String> instruments, @Nullable Set<String> speciesGroups, @Nullable Long version,
		@Nullable Boolean allowSimilar) {

	static OrganizationForm empty() {
		return new OrganizationForm(null, null, null, null, null, null, null, Set.of(), null, null, null, null,
				Set.of(), Set.of(), null, false);
	}

	static OrganizationForm of(OrganizationView organization) {
		return new OrganizationForm(organization.officialName(), organization.nameEn(), organization.nameFr(),
				organization.nameEs(), organization.acronym(), organization.kind(), organization.headquarters(),
				organization.countries(), organization.website(), organization.publicEmail(),
				organization.description(), organization.descriptionLanguage(), organization.instruments(),
				organization.speciesGroups(), organization.version(), false);
	}

	OrganizationDetails details() {
		return new OrganizationDetails(this.officialName, this.nameEn, this.nameFr, this.nameEs, this.acronym,
				this.kind, this.headquarters, orEmpty(this.countries), this.website, this.publicEmail, this.description,
				this.descriptionLanguage, orEmpty(this.instruments), orEmpty(this.speciesGroups));
	}

	OrganizationForm withKind(@Nullable OrganizationKind kind) {
		return new OrganizationForm(this.officialName, this.nameEn, this.nameFr, this.nameEs, this.acronym, kind,
				this.headquarters, this.countries, this.website, this.publicEmail, this.description,
				this.descriptionLanguage, this.instruments, this.speciesGroups, this.version, this.allowSimilar);
	}

	long seenVersion() {
		return this.version == null ? -1 : this.version;
	}

	boolean similarAllowed() {
		return Boolean.TRUE.equals(this.allowSimilar);
	}

	private static Set<String> orEmpty(@Nullable Set<String> values) {
		return values == null ? Set.of() : values;
	}

}
