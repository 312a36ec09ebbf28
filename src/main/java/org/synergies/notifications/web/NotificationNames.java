package org.synergies.notifications.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.synergies.notifications.Addressee;
import org.synergies.notifications.internal.AsReceivedModel;
import org.synergies.shared.Language;

/** Countries and organizations named in the reader's language, for the templates. */
@Component("notificationNames")
class NotificationNames {

	public String name(Addressee party, Locale locale) {
		return AsReceivedModel.name(party, Language.of(locale));
	}

	public String names(List<Addressee> parties, Locale locale) {
		return String.join(", ", parties.stream().map(party -> name(party, locale)).toList());
	}

}
