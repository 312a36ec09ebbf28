package org.synergies.accounts.web;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.accounts.CurrentUser;
import org.synergies.accounts.Role;
import org.synergies.shared.Language;

/** The account an API token belongs to, with its roles and scopes. */
record AccountResponse(UUID id, String email, String displayName, Language language, Set<Role> roles,
		Set<UUID> organizations, @Nullable String country) {

	static AccountResponse of(CurrentUser user) {
		return new AccountResponse(user.id(), user.email(), user.displayName(), user.language(), user.roles(),
				user.organizations(), user.country() == null ? null : user.country().value());
	}

}
