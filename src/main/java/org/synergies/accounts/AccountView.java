package org.synergies.accounts;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.CountryCode;
import org.synergies.shared.Language;

/**
 * An account as pages, the API and the audit trail see it (never its password).
 */
public record AccountView(UUID id, String email, String displayName, Language language, AccountStatus status,
		Set<Role> roles, Set<UUID> organizations, @Nullable CountryCode country, Instant createdAt,
		@Nullable Instant lastSignInAt, long version) {

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

}
