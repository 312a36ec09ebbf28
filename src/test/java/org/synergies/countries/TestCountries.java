package org.synergies.countries;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.synergies.accounts.AccountDetails;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.shared.CountryCode;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;

/**
 * Countries nobody has recorded anything for yet, one per test, so that tests sharing a
 * database (and the demo's or the authorization matrix's countries) never meet.
 */
final class TestCountries {

	private static final String[] CODES = Locale.getISOCountries();

	private static final AtomicInteger NEXT = new AtomicInteger();

	private TestCountries() {
	}

	static CountryCode fresh(CountryMemberships memberships, FocalPoints focalPoints, AccountView officer) {
		while (true) {
			CountryCode country = CountryCode.of(CODES[NEXT.getAndIncrement() % CODES.length]);
			if (country.value().equals("DE") || country.value().equals("FR") || country.value().equals("IN")) {
				continue;
			}
			boolean empty = TestAccounts.runAs(officer,
					() -> memberships.of(country).isEmpty() && focalPoints.of(country).isEmpty());
			if (empty) {
				return country;
			}
		}
	}

	static AccountView focalPointOf(TestAccounts accounts, CountryCode country) {
		return accounts.active(new AccountDetails(TestAccounts.uniqueEmail("focal"), "Focal " + country, Language.EN,
				Set.of(Role.NATIONAL_FOCAL_POINT), Set.of(), country));
	}

}
