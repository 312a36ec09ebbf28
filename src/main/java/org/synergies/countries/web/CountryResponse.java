package org.synergies.countries.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A country: its name in the caller's language, its CMS region, its memberships, its
 * focal points and the partner organizations based or working there.
 *
 * @param partners ids of active organizations of the registry (see
 * {@code /api/v1/organizations/{id}})
 */
record CountryResponse(String code, String name, @Nullable String region, List<CountryMembershipResponse> memberships,
		List<NationalFocalPointResponse> focalPoints, List<UUID> partners) {
}
