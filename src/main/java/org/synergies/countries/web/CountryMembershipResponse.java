package org.synergies.countries.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.countries.MembershipStatus;
import org.synergies.countries.MembershipView;

/** A country's membership of a treaty. */
record CountryMembershipResponse(UUID id, String country, String treaty, MembershipStatus status,
		@Nullable LocalDate since, long version) {

	static CountryMembershipResponse of(MembershipView membership) {
		return new CountryMembershipResponse(membership.id(), membership.country().value(), membership.treaty(),
				membership.status(), membership.since(), membership.version());
	}

}
