package org.synergies.accounts;

import org.jspecify.annotations.Nullable;

/**
 * Which accounts an administrator is looking for; every part is optional.
 *
 * @param text part of a name or e-mail address, any case
 */
public record AccountFilter(@Nullable String text, @Nullable Role role, @Nullable AccountStatus status) {

	public static AccountFilter all() {
		return new AccountFilter(null, null, null);
	}

}
