package org.synergies.organizations.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.organizations.ContactView;
import org.synergies.organizations.OrganizationKind;
import org.synergies.organizations.OrganizationStatus;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.Language;

/**
 * An organization's profile through the API; {@code contacts} is empty for readers who
 * may not see personal data; {@code ngoPartner} when a partnership agreement with the
 * Secretariat is in force today.
 */
record OrganizationResponse(UUID id, String officialName, @Nullable String nameEn, @Nullable String nameFr,
		@Nullable String nameEs, @Nullable String acronym, OrganizationKind kind, @Nullable String headquarters,
		Set<String> countries, @Nullable String website, @Nullable String publicEmail, @Nullable String description,
		@Nullable Language descriptionLanguage, Set<String> instruments, Set<String> speciesGroups,
		OrganizationStatus status, @Nullable UUID mergedInto, List<OrganizationContactResponse> contacts,
		boolean ngoPartner, Instant createdAt, Instant updatedAt, long version) {

	static OrganizationResponse of(OrganizationView view, boolean ngoPartner) {
		return new OrganizationResponse(view.id(), view.officialName(), view.nameEn(), view.nameFr(), view.nameEs(),
				view.acronym(), view.kind(), view.headquarters(), view.countries(), view.website(), view.publicEmail(),
				view.description(), view.descriptionLanguage(), view.instruments(), view.speciesGroups(), view.status(),
				view.mergedInto(), view.contacts().stream().map(OrganizationContactResponse::of).toList(), ngoPartner,
				view.createdAt(), view.updatedAt(), view.version());
	}

	record OrganizationContactResponse(UUID id, String name, @Nullable String role, @Nullable String email,
			@Nullable String phone, @Nullable Language language) {

		static OrganizationContactResponse of(ContactView contact) {
			return new OrganizationContactResponse(contact.id(), contact.name(), contact.role(), contact.email(),
					contact.phone(), contact.language());
		}

	}

}
