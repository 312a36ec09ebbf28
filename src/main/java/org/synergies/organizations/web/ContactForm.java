package org.synergies.organizations.web;

import org.jspecify.annotations.Nullable;
import org.synergies.organizations.ContactDetails;
import org.synergies.organizations.ContactView;
import org.synergies.shared.Language;

record ContactForm(@Nullable String name, @Nullable String role, @Nullable String email, @Nullable String phone,
		@Nullable Language language) {

	static ContactForm empty() {
		return new ContactForm(null, null, null, null, null);
	}

	static ContactForm of(ContactView contact) {
		return new ContactForm(contact.name(), contact.role(), contact.email(), contact.phone(), contact.language());
	}

	ContactDetails details() {
		return new ContactDetails(this.name, this.role, this.email, this.phone, this.language);
	}

}
