package org.synergies.countries.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.countries.FocalPointContact;
import org.synergies.countries.FocalPointDesignation;
import org.synergies.countries.FocalPointDetails;

/**
 * A national focal point as the API receives it. A focal point updating their own
 * country's entry sends the contact fields only (treaty, designation and account are the
 * Secretariat's).
 *
 * @param account the id of an account with the national focal point role for the country
 * @param version the version read, when updating
 */
record NationalFocalPointRequest(@Nullable String treaty, @Nullable FocalPointDesignation designation,
		@Nullable String name, @Nullable String institution, @Nullable String position, @Nullable String email,
		@Nullable String phone, @Nullable UUID account, @Nullable Long version) {

	FocalPointDetails details() {
		return new FocalPointDetails(this.treaty, this.designation, this.name, this.institution, this.position,
				this.email, this.phone, this.account);
	}

	FocalPointContact contact() {
		return new FocalPointContact(this.name, this.institution, this.position, this.email, this.phone);
	}

}
