package org.synergies.mandates;

/**
 * Whether a text is still among the mandates in force: a repealed one is not. The list
 * shows the active texts unless asked for the repealed ones or all.
 */
public enum MandateStanding {

	ACTIVE, REPEALED;

	/** "active", "repealed", anything else for every text. */
	public static java.util.Optional<MandateStanding> filter(@org.jspecify.annotations.Nullable String written) {
		if (written == null || written.isBlank()) {
			return java.util.Optional.of(ACTIVE);
		}
		return switch (written.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "active" -> java.util.Optional.of(ACTIVE);
			case "repealed" -> java.util.Optional.of(REPEALED);
			default -> java.util.Optional.empty();
		};
	}

}
