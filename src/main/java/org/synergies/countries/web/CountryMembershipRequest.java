package org.synergies.countries.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.synergies.countries.MembershipDetails;
import org.synergies.countries.MembershipStatus;

/**
 * A membership as the API receives it.
 *
 * @param treaty a treaty code from {@code /api/v1/countries/treaties}
 * @param version the version read, when updating
 */
record CountryMembershipRequest(@Nullable String treaty, @Nullable MembershipStatus status, @Nullable LocalDate since,
		@Nullable Long version) {

	MembershipDetails details() {
		return new MembershipDetails(this.treaty, this.status, this.since);
	}

}
