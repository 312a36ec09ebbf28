package org.synergies.notifications.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.synergies.messaging.OutgoingMail;
import org.synergies.messaging.Outbox;
import org.synergies.notifications.ContributionView;
import org.synergies.notifications.NotificationCompilation;
import org.synergies.notifications.NotificationView;
import org.synergies.shared.Language;

/**
 * Tells the sender of each contribution a published compilation holds that it is now
 * public, where the receipt went (the address it was sent from, or the one the
 * Secretariat recorded), in the language it is written in when that is a working
 * language; once per compilation and contribution.
 */
@Component
public class CompilationMails {

	private final NotificationRecords notifications;

	private final ContributionRecords contributions;

	private final Outbox outbox;

	private final String baseUrl;

	CompilationMails(NotificationRecords notifications, ContributionRecords contributions, Outbox outbox,
			@Value("${synergies.base-url}") String baseUrl) {
		this.notifications = notifications;
		this.contributions = contributions;
		this.outbox = outbox;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	public void published(NotificationCompilation compilation) {
		NotificationView notification = this.notifications.find(compilation.notification()).orElseThrow();
		for (var id : compilation.contributions()) {
			ContributionView contribution = this.contributions.find(id).orElseThrow();
			if (contribution.withheld() || contribution.replyTo() == null) {
				continue;
			}
			Language language = Language.fromCode(contribution.language()).orElse(Language.EN);
			this.outbox.send(OutgoingMail.to(contribution.replyTo(), language, "notification-compiled")
				.subject(String.valueOf(notification.number()))
				.with("sender", contribution.sender().name())
				.with("number", String.valueOf(notification.number()))
				.with("title", notification.title(language))
				.with("symbol", compilation.symbol())
				.with("link", this.baseUrl + "/notifications/" + notification.ref() + "/compiled/" + id)
				.once("notification-compiled:" + compilation.id() + ":" + id));
		}
	}

}
