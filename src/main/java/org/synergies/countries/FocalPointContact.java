package org.synergies.countries;

import org.jspecify.annotations.Nullable;

/**
 * What a focal point keeps of their country's entries: who the person is and how to reach
 * them. The treaty, the designation and the account link stay the Secretariat's.
 */
public record FocalPointContact(@Nullable String name, @Nullable String institution, @Nullable String position,
		@Nullable String email, @Nullable String phone) {
}
