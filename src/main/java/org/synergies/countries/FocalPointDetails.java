package org.synergies.countries;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the Secretariat records of a national focal point; checked by the façade.
 *
 * @param account an account with the national focal point role for the same country
 */
public record FocalPointDetails(@Nullable String treaty, @Nullable FocalPointDesignation designation,
		@Nullable String name, @Nullable String institution, @Nullable String position, @Nullable String email,
		@Nullable String phone, @Nullable UUID account) {

	/** The same treaty, designation and account with other contact details. */
	public FocalPointDetails withContact(FocalPointContact contact) {
		return new FocalPointDetails(this.treaty, this.designation, contact.name(), contact.institution(),
				contact.position(), contact.email(), contact.phone(), this.account);
	}

}
