package org.synergies.notifications.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountStatus;
import org.synergies.accounts.AccountView;
import org.synergies.countries.FocalPointView;
import org.synergies.countries.FocalPoints;
import org.synergies.notifications.Addressee;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.shared.CountryCode;
import org.synergies.shared.Language;

/**
 * The people a notification goes to for an addressee: a country's national focal points
 * for the issuing instrument (all its focal points when it has none for it), in their
 * account's language when they sign in (else English); an organization's active members,
 * each in their language.
 */
@Component
class Recipients {

	/** One person to write to. */
	record Recipient(String email, String name, Language language) {
	}

	private final FocalPoints focalPoints;

	private final OrganizationManagement organizations;

	private final AccountManagement accounts;

	Recipients(FocalPoints focalPoints, OrganizationManagement organizations, AccountManagement accounts) {
		this.focalPoints = focalPoints;
		this.organizations = organizations;
		this.accounts = accounts;
	}

	List<Recipient> of(Addressee addressee, String instrument) {
		List<Recipient> recipients = new ArrayList<>();
		switch (addressee.kind()) {
			case COUNTRY -> {
				for (FocalPointView focalPoint : this.focalPoints.toWriteTo(CountryCode.of(addressee.ref()),
						instrument)) {
					Language language = focalPoint.account() == null ? Language.EN
							: this.accounts.find(focalPoint.account()).map(AccountView::language).orElse(Language.EN);
					if (focalPoint.email() != null) {
						recipients.add(new Recipient(focalPoint.email(), focalPoint.name(), language));
					}
				}
			}
			case ORGANIZATION -> {
				for (AccountView member : this.organizations.members(UUID.fromString(addressee.ref()))) {
					if (member.status() == AccountStatus.ACTIVE) {
						recipients.add(new Recipient(member.email(), member.displayName(), member.language()));
					}
				}
			}
		}
		return recipients;
	}

}
