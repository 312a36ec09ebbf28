package org.synergies.countries;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.synergies.accounts.CurrentUser;
import org.synergies.accounts.Role;
import org.synergies.shared.CountryCode;

/**
 * Who may do what with a country's records: the Secretariat keeps every country's; a
 * national focal point keeps the contact details of their own country's focal points;
 * contact details (e-mail, telephone) are read by signed-in people only.
 */
@Component("countryAccess")
public class CountryAccess {

	public boolean isSecretariat() {
		return CurrentUser.get().map(CurrentUser::isSecretariat).orElse(false);
	}

	/** Whether the reader keeps this country's focal points (path value, any case). */
	public boolean keeps(@Nullable String country) {
		if (isSecretariat()) {
			return true;
		}
		if (country == null || !CountryCode.isValid(country.toUpperCase(java.util.Locale.ROOT))) {
			return false;
		}
		return isFocalPointOf(CountryCode.of(country));
	}

	public boolean isFocalPointOf(CountryCode country) {
		return CurrentUser.get()
			.filter(user -> user.has(Role.NATIONAL_FOCAL_POINT) && country.equals(user.country()))
			.isPresent();
	}

	public boolean canSeeContacts() {
		return CurrentUser.get().isPresent();
	}

	/** The focal point as this reader may see it. */
	public FocalPointView shaped(FocalPointView focalPoint) {
		if (isSecretariat() || isFocalPointOf(focalPoint.country())) {
			return focalPoint;
		}
		if (canSeeContacts()) {
			return new FocalPointView(focalPoint.id(), focalPoint.country(), focalPoint.treaty(),
					focalPoint.designation(), focalPoint.name(), focalPoint.institution(), focalPoint.position(),
					focalPoint.email(), focalPoint.phone(), null, focalPoint.version());
		}
		return focalPoint.withoutContact();
	}

}
