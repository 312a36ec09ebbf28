package org.synergies.countries;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.CountryCode;

/**
 * A country's membership of a treaty.
 *
 * @param since the day it became a Party or signatory, when known
 */
public record MembershipView(UUID id, CountryCode country, String treaty, MembershipStatus status,
		@Nullable LocalDate since, long version) {
}
