package org.synergies.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.synergies.notifications.Addressee;
import org.synergies.notifications.Contributions;
import org.synergies.notifications.NotificationView;
import org.synergies.system.JobLease;

/**
 * Every morning (UTC), reminds the addressees of every issued notification whose deadline
 * is within {@code synergies.notifications.remind-before} (7 days by default) and that
 * have not answered, once each: the reminder's row and the outbox's occurrence keep two
 * nodes, or a run after a failure, from writing twice; the lease keeps one node at it.
 */
@Component
public class NotificationReminders {

	static final String LEASE = "notification-reminders";

	private static final Logger log = LoggerFactory.getLogger(NotificationReminders.class);

	private final NotificationRecords notifications;

	private final DeliveryRecords deliveries;

	private final Contributions contributions;

	private final NotificationMails mails;

	private final JobLease lease;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Duration before;

	NotificationReminders(NotificationRecords notifications, DeliveryRecords deliveries, Contributions contributions,
			NotificationMails mails, JobLease lease, TransactionTemplate transactions, Clock clock,
			@Value("${synergies.notifications.remind-before:7d}") Duration before) {
		this.notifications = notifications;
		this.deliveries = deliveries;
		this.contributions = contributions;
		this.mails = mails;
		this.lease = lease;
		this.transactions = transactions;
		this.clock = clock;
		this.before = before;
	}

	/** Sends the reminders due; returns how many addressees were reminded. */
	@Scheduled(cron = "${synergies.notifications.reminders:0 30 6 * * *}", zone = "UTC")
	public int remind() {
		if (!this.lease.take(LEASE, Duration.ofMinutes(30))) {
			return 0;
		}
		LocalDate today = LocalDate.now(this.clock);
		int reminded = 0;
		for (NotificationView notification : this.notifications.dueBetween(today,
				today.plusDays(Math.max(0, this.before.toDays())))) {
			for (Addressee addressee : this.contributions.unanswered(notification.id())) {
				if (remind(notification, addressee)) {
					reminded++;
				}
			}
		}
		if (reminded > 0) {
			log.info("Reminded {} addressees of notifications due soon", reminded);
		}
		return reminded;
	}

	private boolean remind(NotificationView notification, Addressee addressee) {
		try {
			return Boolean.TRUE.equals(this.transactions.execute(status -> {
				if (!this.deliveries.remind(notification.id(), addressee,
						Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS))) {
					return false;
				}
				this.mails.send(notification, addressee, DeliveryRecords.Purpose.REMINDER);
				return true;
			}));
		}
		catch (DuplicateKeyException anotherNodeReminded) {
			return false;
		}
	}

}
