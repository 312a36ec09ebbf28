package org.synergies.organizations.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.organizations.ContactDetails;
import org.synergies.organizations.ContactView;
import org.synergies.shared.Language;

/** A person to contact at the organization. */
@Table("organization_contact")
record OrganizationContact(UUID contactId, String name, @Nullable String role, @Nullable String email,
		@Nullable String phone, @Nullable Language language) {

	static OrganizationContact of(UUID id, ContactDetails details) {
		return new OrganizationContact(id, String.valueOf(details.name()).strip(), blankToNull(details.role()),
				blankToNull(details.email()), blankToNull(details.phone()), details.language());
	}

	/**
	 * The contacts of both organizations when one absorbs the other: the duplicate's
	 * contacts join unless one with the same e-mail address is already known.
	 */
	static List<OrganizationContact> merged(List<OrganizationContact> mine, List<OrganizationContact> theirs) {
		List<OrganizationContact> merged = new ArrayList<>(mine);
		for (OrganizationContact contact : theirs) {
			if (merged.stream().noneMatch(contact::sameAs)) {
				merged.add(contact);
			}
		}
		return merged;
	}

	private boolean sameAs(OrganizationContact other) {
		return this.email != null && this.email.equalsIgnoreCase(String.valueOf(other.email()));
	}

	ContactView view() {
		return new ContactView(this.contactId, this.name, this.role, this.email, this.phone, this.language);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
