package org.synergies.messaging.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
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

/**
 * Delivers queued e-mail over SMTP. Each node locks the rows it sends
 * ({@code FOR UPDATE SKIP LOCKED}), so several nodes never send a message twice. A
 * message that fails is retried on later rounds and given up after {@value #MAX_ATTEMPTS}
 * attempts. The secrets of a message (its single-use link) are put into the body only
 * here, on the way to the SMTP server, and erased from the outbox once it is sent or
 * given up.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class MailDispatcher {

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

	/** A queued message with the secrets that complete its body. */
	private record Queued(SentMail mail, @Nullable String secrets) {
	}

	private int dispatchBatch() {
		List<Queued> batch = this.jdbc.sql("SELECT " + JdbcOutbox.COLUMNS
				+ ", secrets FROM outbound_mail WHERE status = 'PENDING' ORDER BY created_at LIMIT 20 FOR UPDATE SKIP LOCKED")
			.query((rs, row) -> new Queued(JdbcOutbox.map(rs, row), rs.getString("secrets")))
			.list();
		int delivered = 0;
		for (Queued queued : batch) {
			SentMail mail = queued.mail();
			Map<String, String> secrets = MailSecrets.decode(queued.secrets());
			String body = MailSecrets.reveal(mail.body(), secrets);
			try {
				this.sender.send(toMime(mail, body));
				this.jdbc.sql(
						"UPDATE outbound_mail SET status = 'SENT', attempts = attempts + 1, sent_at = :now, last_error = NULL, secrets = NULL WHERE id = :id")
					.param("now", OffsetDateTime.now(ZoneOffset.UTC))
					.param("id", mail.id())
					.update();
				delivered++;
				log.info("Sent e-mail {} ({}) to {}", mail.id(), mail.template(), mail.recipient());
			}
			catch (Exception exception) {
				if (mail.attempts() + 1 >= MAX_ATTEMPTS) {
					giveUp(mail, String.valueOf(exception.getMessage()));
				}
				else {
					this.jdbc
						.sql("UPDATE outbound_mail SET attempts = attempts + 1, last_error = :error WHERE id = :id")
						.param("error", String.valueOf(exception.getMessage()))
						.param("id", mail.id())
						.update();
				}
				log.warn("Could not send e-mail {} to {} (attempt {}): {}", mail.id(), mail.recipient(),
						mail.attempts() + 1, exception.getMessage());
				// the SMTP server is failing: leave the rest of the queue for the next
				// round
				return delivered;
			}
		}
		return delivered;
	}

	/** Marks the message failed for good; its secrets are erased with it. */
	private void giveUp(SentMail mail, String error) {
		this.jdbc.sql(
				"UPDATE outbound_mail SET status = 'FAILED', attempts = attempts + 1, last_error = :error, secrets = NULL WHERE id = :id")
			.param("error", error)
			.param("id", mail.id())
			.update();
	}

	private MimeMessage toMime(SentMail mail, String body) throws Exception {
		MimeMessage message = this.sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
		helper.setFrom(new InternetAddress(this.from));
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(body, false);
		message.setHeader("Content-Language", mail.language().code());
		return message;
	}

}
