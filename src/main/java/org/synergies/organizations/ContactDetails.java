package org.synergies.organizations;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * A person to contact at an organization. Personal data: shown only to the Secretariat
 * and the organization's own members.
 */
public record ContactDetails(@Nullable String name, @Nullable String role, @Nullable String email,
		@Nullable String phone, @Nullable Language language) {
}
