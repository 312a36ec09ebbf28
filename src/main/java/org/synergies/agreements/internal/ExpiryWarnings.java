package org.synergies.agreements.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountView;
import org.synergies.agreements.AgreementView;
import org.synergies.agreements.ExpiryAgenda;
import org.synergies.agreements.ExpiryAgenda.ExpiryItem;
import org.synergies.agreements.ExpiryAgenda.MeetingAgenda;
import org.synergies.meetings.MeetingView;
import org.synergies.messaging.OutgoingMail;
import org.synergies.messaging.Outbox;

/**
 * Every morning (UTC), warns the Secretariat's active officers, each in their own
 * language, of every agreement newly on the agenda of a meeting ahead
 * ({@link ExpiryAgenda}): once per agreement and meeting. Each warning is its own
 * transaction: the recorded warning's key and the outbox's occurrence keep two nodes, or
 * a run after a failure, from writing twice.
 */
@Component
public class ExpiryWarnings {

	private static final Logger log = LoggerFactory.getLogger(ExpiryWarnings.class);

	private final ExpiryAgenda agenda;

	private final ExpiryWarningRecords records;

	private final AccountManagement accounts;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String baseUrl;

	ExpiryWarnings(ExpiryAgenda agenda, ExpiryWarningRecords records, AccountManagement accounts, Outbox outbox,
			TransactionTemplate transactions, Clock clock, @Value("${synergies.base-url}") String baseUrl) {
		this.agenda = agenda;
		this.records = records;
		this.accounts = accounts;
		this.outbox = outbox;
		this.transactions = transactions;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/** Sends the warnings due; returns how many agreements were warned of. */
	@Scheduled(cron = "${synergies.agreements.expiry-warnings:0 45 6 * * *}", zone = "UTC")
	public int warn() {
		int warned = 0;
		for (MeetingAgenda meeting : this.agenda.upcoming()) {
			for (ExpiryItem item : meeting.items()) {
				if (item.warnedAt() == null && warn(meeting.meeting(), item.agreement())) {
					warned++;
				}
			}
		}
		return warned;
	}

	private boolean warn(MeetingView meeting, AgreementView agreement) {
		LocalDate until = Objects.requireNonNull(agreement.validUntil());
		try {
			return Boolean.TRUE.equals(this.transactions.execute(status -> {
				List<AccountView> officers = this.accounts.activeSecretariat();
				this.records.record(agreement.id(), meeting.id(), until, officers.size(),
						Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS));
				boolean expired = until.isBefore(LocalDate.now(this.clock));
				for (AccountView officer : officers) {
					String title = agreement.title(officer.language().locale());
					this.outbox.send(OutgoingMail.to(officer.email(), officer.language(), "agreement-expiring")
						.subject(title, meeting.code())
						.with("name", officer.displayName())
						.with("title", title)
						.with("validUntil", until)
						.with("expired", expired)
						.with("meeting", meeting.code())
						.with("opensOn", meeting.startsOn())
						.with("link", this.baseUrl + "/agreements/agenda/" + meeting.id())
						.once("agreement-expiring:" + agreement.id() + ":" + meeting.id()));
				}
				return true;
			}));
		}
		catch (DuplicateKeyException anotherNodeWarned) {
			log.debug("Expiry of {} for {} already warned of", agreement.id(), meeting.code());
			return false;
		}
	}

}
