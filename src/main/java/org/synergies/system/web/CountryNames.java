package org.synergies.system.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.synergies.shared.CountryCode;

/**
 * Country names in the reader's language, for templates:
 * {@code ${@countryNames.of('DE')}}.
 */
@Component("countryNames")
class CountryNames {

	public String of(@Nullable String code) {
		if (code == null || !CountryCode.isValid(code)) {
			return code == null ? "" : code;
		}
		return new CountryCode(code).displayName(LocaleContextHolder.getLocale());
	}

}
