package org.synergies.accounts;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.CountryCode;
import org.synergies.shared.Language;

/**
 * What an administrator sets on an account: identity, language, roles and their scopes.
 */
public record AccountDetails(String email, String displayName, Language language, Set<Role> roles,
		Set<UUID> organizations, @Nullable CountryCode country) {

	public AccountDetails {
		roles = Set.copyOf(roles);
		organizations = Set.copyOf(organizations);
	}

}
