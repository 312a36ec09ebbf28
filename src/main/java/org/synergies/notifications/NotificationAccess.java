package org.synergies.notifications;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.synergies.accounts.CurrentUser;
import org.synergies.accounts.Role;
import org.synergies.shared.CountryCode;

/**
 * Who may do what with notifications: the Secretariat drafts, issues and follows them and
 * records contributions received by e-mail or letter; everyone reads issued ones; a
 * national focal point answers for their own country, an organization's member for their
 * organization.
 */
@Component("notificationAccess")
public class NotificationAccess {

	public boolean isSecretariat() {
		return CurrentUser.get().map(CurrentUser::isSecretariat).orElse(false);
	}

	/** Whether the reader may see the notification (drafts: the Secretariat only). */
	public boolean canSee(NotificationView notification) {
		return notification.isIssued() || isSecretariat();
	}

	/** The reader's country when they are a national focal point. */
	public Optional<CountryCode> focalPointCountry() {
		return CurrentUser.get().filter(user -> user.has(Role.NATIONAL_FOCAL_POINT)).map(CurrentUser::country);
	}

	/** Whether the reader may answer: a focal point or an organization's member. */
	public boolean mayAnswer() {
		return CurrentUser.get()
			.filter(user -> (user.has(Role.NATIONAL_FOCAL_POINT) && user.country() != null)
					|| (user.has(Role.ORGANIZATION_MEMBER) && !user.organizations().isEmpty()))
			.isPresent();
	}

	/** Whether the reader acts for this addressee: its focal point or member. */
	public boolean actsFor(Addressee addressee) {
		return CurrentUser.get().filter(user -> switch (addressee.kind()) {
			case COUNTRY -> user.has(Role.NATIONAL_FOCAL_POINT) && user.country() != null
					&& user.country().value().equals(addressee.ref());
			case ORGANIZATION -> user.has(Role.ORGANIZATION_MEMBER)
					&& user.organizations().stream().anyMatch(id -> id.toString().equals(addressee.ref()));
		}).isPresent();
	}

	/** Whether the reader may read the contribution: the Secretariat or its sender. */
	public boolean canSee(ContributionView contribution) {
		return isSecretariat() || actsFor(contribution.sender());
	}

}
