package org.synergies.organizations;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

public record ContactView(UUID id, String name, @Nullable String role, @Nullable String email, @Nullable String phone,
		@Nullable Language language) {
}
