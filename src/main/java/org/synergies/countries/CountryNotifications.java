package org.synergies.countries;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.CountryCode;

/**
 * Implemented by the module that issues notifications, so that the country page can list
 * the notifications sent to a country and its answers without depending on it (that
 * module depends on this one).
 */
public interface CountryNotifications {

	/** The issued notifications addressed to the country, newest first. */
	List<SentNotification> sentTo(CountryCode country, Locale reader);

	/**
	 * A notification sent to a country.
	 *
	 * @param title in the reader's language where it exists
	 * @param path its public page
	 * @param answeredOn when the country's first answer (its own or one made on its
	 * behalf) was received, or {@code null}
	 */
	record SentNotification(String number, String title, String path, LocalDate dated, @Nullable LocalDate deadline,
			@Nullable LocalDate answeredOn) {
	}

}
