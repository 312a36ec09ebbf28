package org.synergies.countries.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.synergies.countries.MembershipDetails;
import org.synergies.countries.MembershipStatus;
import org.synergies.countries.MembershipView;

/** The Secretariat's form for a membership; {@code version} is the one it was read at. */
record MembershipForm(@Nullable String treaty, @Nullable MembershipStatus status,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate since, @Nullable Long version) {

	static MembershipForm empty() {
		return new MembershipForm(null, MembershipStatus.PARTY, null, null);
	}

	static MembershipForm of(MembershipView membership) {
		return new MembershipForm(membership.treaty(), membership.status(), membership.since(), membership.version());
	}

	MembershipDetails details() {
		return new MembershipDetails(this.treaty, this.status, this.since);
	}

}
