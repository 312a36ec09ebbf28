package org.synergies.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What accounts need to know of the partner registry to scope a member's role: which
 * organizations exist and their names. Implemented by the module that keeps the registry,
 * so that accounts do not depend on it.
 */
public interface OrganizationDirectory {

	/** Active organizations, for choosing a member's organizations; ordered by name. */
	List<OrganizationChoice> choices();

	Optional<OrganizationChoice> find(UUID id);

	record OrganizationChoice(UUID id, String name) {
	}

}
