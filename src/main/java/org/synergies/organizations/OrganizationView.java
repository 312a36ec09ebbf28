package org.synergies.organizations;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * An organization's profile. {@link #contacts()} holds personal data: pages and the API
 * show it only to the Secretariat and the organization's members.
 */
public record OrganizationView(UUID id, String officialName, @Nullable String nameEn, @Nullable String nameFr,
		@Nullable String nameEs, @Nullable String acronym, OrganizationKind kind, @Nullable String headquarters,
		Set<String> countries, @Nullable String website, @Nullable String publicEmail, @Nullable String description,
		@Nullable Language descriptionLanguage, Set<String> instruments, Set<String> speciesGroups,
		OrganizationStatus status, @Nullable UUID mergedInto, List<ContactView> contacts, Instant createdAt,
		Instant updatedAt, long version) {

	/**
	 * The name in the reader's language when the organization has one, else its official
	 * name.
	 */
	public String name(Locale locale) {
		String translated = Language.of(locale).pick(this.nameEn, this.nameFr, this.nameEs);
		return translated != null ? translated : this.officialName;
	}

	public OrganizationDetails details() {
		return new OrganizationDetails(this.officialName, this.nameEn, this.nameFr, this.nameEs, this.acronym,
				this.kind, this.headquarters, this.countries, this.website, this.publicEmail, this.description,
				this.descriptionLanguage, this.instruments, this.speciesGroups);
	}

	/** The same profile without personal data, for readers who may not see it. */
	public OrganizationView withoutContacts() {
		return new OrganizationView(this.id, this.officialName, this.nameEn, this.nameFr, this.nameEs, this.acronym,
				this.kind, this.headquarters, this.countries, this.website, this.publicEmail, this.description,
				this.descriptionLanguage, this.instruments, this.speciesGroups, this.status, this.mergedInto, List.of(),
				this.createdAt, this.updatedAt, this.version);
	}

}
