package org.synergies.accreditation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person on an intersessional working group, and whom they represent: a Party (with its
 * country), the Secretariat, an NGO or another organization (with the organization).
 */
public record WorkingGroupMember(UUID body, UUID account, String name, String email, Represents represents,
		@Nullable String country, @Nullable UUID organization, Instant addedAt) {

	public enum Represents {

		PARTY, SECRETARIAT, NGO, OTHER_ORGANIZATION

	}

}
