package org.synergies.notifications.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.countries.CountryAccess;
import org.synergies.countries.CountryNotifications;
import org.synergies.notifications.Addressee;
import org.synergies.notifications.AddresseeKind;
import org.synergies.notifications.Contributions;
import org.synergies.shared.CountryCode;

/**
 * The country page's list of the notifications sent to the country; when and whether it
 * answered is shown to the Secretariat and the country's focal points only (contributions
 * are not public before they are compiled).
 */
@Component
class NotificationsOfCountries implements CountryNotifications {

	private final NotificationRecords notifications;

	private final Contributions contributions;

	private final CountryAccess access;

	NotificationsOfCountries(NotificationRecords notifications, Contributions contributions, CountryAccess access) {
		this.notifications = notifications;
		this.contributions = contributions;
		this.access = access;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SentNotification> sentTo(CountryCode country, Locale reader) {
		boolean answers = this.access.isSecretariat() || this.access.isFocalPointOf(country);
		Addressee addressee = AddresseeResolver.country(country);
		return this.notifications.addressedTo(AddresseeKind.COUNTRY, country.value())
			.stream()
			.map(notification -> new SentNotification(String.valueOf(notification.number()), notification.title(reader),
					"/notifications/" + notification.ref(), notification.dated(), notification.deadline(),
					answers ? this.contributions.answeredOn(notification.id(), addressee).orElse(null) : null))
			.toList();
	}

}
