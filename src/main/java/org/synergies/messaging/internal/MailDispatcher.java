package org.synergies.messaging.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.synergies.messaging.SentMail;
import org.synergies.messaging.SentMail.Status;

/**
 * Delivers queued e-mail over SMTP. Each node locks the rows it sends
 * ({@code FOR UPDATE SKIP LOCKED}), so several nodes never send a message twice. A
 * message that fails is retried on later rounds and given up after {@value #MAX_ATTEMPTS}
 * attempts.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
public class MailDispatcher {

	static final int MAX_ATTEMPTS = 5;

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private final JdbcClient jdbc;

	private final JavaMailSender sender;

	private final TransactionTemplate transactions;

	private final String from;

	MailDispatcher(JdbcClient jdbc, JavaMailSender sender, TransactionTemplate transactions,
			@Value("${synergies.mail.from}") String from) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.transactions = transactions;
		this.from = from;
	}

	@Scheduled(fixedDelayString = "${synergies.mail.dispatch-interval:PT5S}")
	public void dispatchPending() {
		Integer sent;
		do {
			sent = this.transactions.execute(status -> dispatchBatch());
		}
		while (sent != null && sent > 0);
	}

	private int dispatchBatch() {
		List<SentMail> batch = this.jdbc.sql("SELECT " + JdbcOutbox.COLUMNS
				+ " FROM outbound_mail WHERE status = 'PENDING' ORDER BY created_at LIMIT 20 FOR UPDATE SKIP LOCKED")
			.query(JdbcOutbox::map)
			.list();
		int delivered = 0;
		for (SentMail mail : batch) {
			try {
				this.sender.send(toMime(mail));
				this.jdbc.sql(
						"UPDATE outbound_mail SET status = 'SENT', attempts = attempts + 1, sent_at = :now, last_error = NULL WHERE id = :id")
					.param("now", OffsetDateTime.now(ZoneOffset.UTC))
					.param("id", mail.id())
					.update();
				delivered++;
				log.info("Sent e-mail {} ({}) to {}", mail.id(), mail.template(), mail.recipient());
			}
			catch (Exception exception) {
				Status next = mail.attempts() + 1 >= MAX_ATTEMPTS ? Status.FAILED : Status.PENDING;
				this.jdbc.sql(
						"UPDATE outbound_mail SET status = :status, attempts = attempts + 1, last_error = :error WHERE id = :id")
					.param("status", next.name())
					.param("error", String.valueOf(exception.getMessage()))
					.param("id", mail.id())
					.update();
				log.warn("Could not send e-mail {} to {} (attempt {}): {}", mail.id(), mail.recipient(),
						mail.attempts() + 1, exception.getMessage());
				// the SMTP server is failing: leave the rest of the queue for the next
				// round
				return delivered;
			}
		}
		return delivered;
	}

	private MimeMessage toMime(SentMail mail) throws Exception {
		MimeMessage message = this.sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
		helper.setFrom(new InternetAddress(this.from));
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.body(), false);
		message.setHeader("Content-Language", mail.language().code());
		return message;
	}

}
