package org.synergies.accounts.web;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.synergies.accounts.AccountDetails;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.shared.CountryCode;
import org.synergies.shared.Language;

/**
 * What an administrator types to invite or edit an account. Used by the pages and, as
 * JSON, by nothing else: the API has its own records.
 */
record AccountForm(
		@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 320,
				message = "{validation.too-long}") @Nullable String email,
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.too-long}") @Nullable String displayName,
		@NotNull(message = "{validation.required}") @Nullable Language language, @Nullable Set<Role> roles,
		@Nullable Set<UUID> organizations,
		@Pattern(regexp = "^$|^[A-Z]{2}$", message = "{validation.country}") @Nullable String country,
		@Nullable Long version) {

	static AccountForm empty() {
		return new AccountForm(null, null, Language.EN, Set.of(), Set.of(), null, null);
	}

	static AccountForm of(AccountView account) {
		return new AccountForm(account.email(), account.displayName(), account.language(), account.roles(),
				account.organizations(), account.country() == null ? null : account.country().value(),
				account.version());
	}

	/** The version the administrator saw; a form without one can only conflict. */
	long seenVersion() {
		return this.version == null ? -1 : this.version;
	}

	boolean countryIsValid() {
		return this.country == null || this.country.isBlank() || CountryCode.isValid(this.country);
	}

	AccountDetails details() {
		return new AccountDetails(this.email, this.displayName, this.language,
				this.roles == null ? Set.of() : this.roles, this.organizations == null ? Set.of() : this.organizations,
				this.country == null || this.country.isBlank() ? null : CountryCode.of(this.country));
	}

}
