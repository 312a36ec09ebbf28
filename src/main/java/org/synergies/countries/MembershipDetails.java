package org.synergies.countries;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What the Secretariat records of a membership; checked by the façade. */
public record MembershipDetails(@Nullable String treaty, @Nullable MembershipStatus status, @Nullable LocalDate since) {
}
