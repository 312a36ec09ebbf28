package org.synergies.agreements;

import org.jspecify.annotations.Nullable;

/** Typed text as kept: stripped, and none when blank. */
final class Texts {

	private Texts() {
	}

	static @Nullable String trimmed(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
