package org.synergies.countries;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.CountryCode;

/**
 * A national focal point as read. E-mail and telephone are for signed-in readers only
 * ({@link #withoutContact()}); which account, if any, the person signs in with is the
 * Secretariat's and the country's focal points' to know.
 *
 * @param account the account the person signs in with, when linked
 */
public record FocalPointView(UUID id, CountryCode country, String treaty, FocalPointDesignation designation,
		String name, @Nullable String institution, @Nullable String position, @Nullable String email,
		@Nullable String phone, @Nullable UUID account, long version) {

	/** As the public sees it: name, institution and position, no contact, no account. */
	public FocalPointView withoutContact() {
		return new FocalPointView(this.id, this.country, this.treaty, this.designation, this.name, this.institution,
				this.position, null, null, null, this.version);
	}

	public boolean isPrimary() {
		return this.designation == FocalPointDesignation.PRIMARY;
	}

}
