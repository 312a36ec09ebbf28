package org.synergies.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.synergies.messaging.OutgoingMail;
import org.synergies.messaging.Outbox;
import org.synergies.notifications.Addressee;
import org.synergies.notifications.NotificationIssued;
import org.synergies.notifications.NotificationView;
import org.synergies.notifications.internal.DeliveryRecords.Delivery;
import org.synergies.notifications.internal.DeliveryRecords.Purpose;
import org.synergies.notifications.internal.NotificationRecords.AddresseeRow;
import org.synergies.shared.UnDates;

/**
 * Sends an issued notification to every person of every addressee, each in their
 * language, after the issue's commit, and records what went to whom; a listener run again
 * writes no second message (the outbox's occurrence and the delivery's key). Reminders go
 * through the same wording.
 */
@Component
class NotificationMails {

	private final NotificationRecords notifications;

	private final DeliveryRecords deliveries;

	private final Recipients recipients;

	private final Outbox outbox;

	private final Clock clock;

	private final String baseUrl;

	NotificationMails(NotificationRecords notifications, DeliveryRecords deliveries, Recipients recipients,
			Outbox outbox, Clock clock, @Value("${synergies.base-url}") String baseUrl) {
		this.notifications = notifications;
		this.deliveries = deliveries;
		this.recipients = recipients;
		this.outbox = outbox;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@ApplicationModuleListener
	void on(NotificationIssued issued) {
		NotificationView notification = this.notifications.find(issued.notification()).orElseThrow();
		for (AddresseeRow row : this.notifications.addressees(notification.id())) {
			send(notification, row.addressee(), Purpose.ISSUED);
		}
	}

	/** Writes to every person of the addressee; returns how many were written to. */
	int send(NotificationView notification, Addressee addressee, Purpose purpose) {
		int written = 0;
		String template = purpose == Purpose.ISSUED ? "notification-issued" : "notification-reminder";
		for (Recipients.Recipient recipient : this.recipients.of(addressee, notification.instrument())) {
			String title = notification.title(recipient.language());
			String text = notification.text(recipient.language());
			String action = notification.action(recipient.language());
			UUID mail = this.outbox.send(OutgoingMail.to(recipient.email(), recipient.language(), template)
				.subject(String.valueOf(notification.number()), title)
				.with("name", recipient.name())
				.with("addressee", addressee.name())
				.with("number", String.valueOf(notification.number()))
				.with("instrument", notification.instrument())
				.with("dated", UnDates.date(notification.dated(), recipient.language()))
				.with("title", title)
				.with("text", text == null ? "" : text)
				.with("action", action == null ? "" : action)
				.with("hasDeadline", notification.deadline() != null)
				.with("deadline",
						notification.deadline() == null ? ""
								: UnDates.date(notification.deadline(), recipient.language()))
				.with("link", this.baseUrl + "/notifications/" + notification.ref())
				.once(template + ":" + notification.id() + ":" + addressee.key()));
			this.deliveries.record(notification.id(), new Delivery(purpose, addressee, recipient.email(),
					recipient.name(), recipient.language().code(), now()), mail);
			written++;
		}
		return written;
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
