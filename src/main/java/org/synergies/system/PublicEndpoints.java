package org.synergies.system;

import java.util.List;

/**
 * Paths a module opens to the anonymous public. Everything else requires sign-in. Each
 * module that has public pages or public API reads declares a bean of this type.
 *
 * @param pages path patterns of pages open to visitors whatever the method (sign-in,
 * password reset)
 * @param pageReads path patterns of pages visitors may read (GET only)
 * @param apiReads path patterns under {@code /api/v1} readable without a token (GET only)
 */
public record PublicEndpoints(List<String> pages, List<String> pageReads, List<String> apiReads) {

	public static PublicEndpoints pages(String... patterns) {
		return new PublicEndpoints(List.of(patterns), List.of(), List.of());
	}

	public static PublicEndpoints pageReads(String... patterns) {
		return new PublicEndpoints(List.of(), List.of(patterns), List.of());
	}

	public PublicEndpoints andApiReads(String... patterns) {
		return new PublicEndpoints(this.pages, this.pageReads, List.of(patterns));
	}

}
