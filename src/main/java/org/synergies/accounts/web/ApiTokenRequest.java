package org.synergies.accounts.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.synergies.accounts.PersonalTokens;

/** A personal API token to create: its name and how many days it lasts. */
record ApiTokenRequest(
		@NotBlank(message = "{validation.required}") @Size(max = 100,
				message = "{validation.too-long}") @Nullable String name,
		@Min(value = 1, message = "{token.lifetime.range}") @Max(value = PersonalTokens.MAXIMUM_LIFETIME_DAYS,
				message = "{token.lifetime.range}") @Nullable Integer lifetimeDays) {
}
