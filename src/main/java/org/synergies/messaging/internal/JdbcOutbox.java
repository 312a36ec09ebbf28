package org.synergies.messaging.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.messaging.OutgoingMail;
import org.synergies.messaging.Outbox;
import org.synergies.messaging.SentMail;
import org.synergies.messaging.SentMail.Status;
import org.synergies.shared.Language;

/**
 * The outbox in the database. The body is kept with a placeholder for each secret; the
 * secrets themselves wait in their own column, read only by {@link MailDispatcher}, which
 * erases them once the message is delivered or given up.
 */
@Service
public class JdbcOutbox implements Outbox {

	static final String COLUMNS = "id, created_at, recipient, language, template, subject, body, status, attempts, sent_at, last_error";

	private final JdbcClient jdbc;

	private final MailRenderer renderer;

	private final boolean smtpConfigured;

	JdbcOutbox(JdbcClient jdbc, MailRenderer renderer, ObjectProvider<JavaMailSender> sender) {
		this.jdbc = jdbc;
		this.renderer = renderer;
		this.smtpConfigured = sender.getIfAvailable() != null;
	}

	@Override
	@Transactional
	public UUID send(OutgoingMail mail) {
		String key = OccurrenceKey.of(mail);
		if (key != null) {
			Optional<UUID> queued = this.jdbc.sql("SELECT id FROM outbound_mail WHERE occurrence_key = :key")
				.param("key", key)
				.query(UUID.class)
				.optional();
			if (queued.isPresent()) {
				return queued.get();
			}
		}
		OutgoingMail withPlaceholders = mail;
		for (String secret : mail.secrets().keySet()) {
			withPlaceholders = withPlaceholders.with(secret, SentMail.secretMarker(secret));
		}
		MailRenderer.Rendered rendered = this.renderer.render(withPlaceholders);
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					INSERT INTO outbound_mail (id, created_at, recipient, language, template, subject, body, status, attempts, secrets, occurrence_key)
					VALUES (:id, :createdAt, :recipient, :language, :template, :subject, :body, :status, 0, :secrets, :key)
					""")
			.param("id", id)
			.param("createdAt", OffsetDateTime.now(ZoneOffset.UTC))
			.param("recipient", mail.to())
			.param("language", mail.language().name())
			.param("template", mail.template())
			.param("subject", rendered.subject())
			.param("body", rendered.body())
			.param("status", (this.smtpConfigured ? Status.PENDING : Status.KEPT).name())
			// without an SMTP server the message is never delivered: its secrets die here
			.param("secrets", this.smtpConfigured ? MailSecrets.encode(mail.secrets()) : null, Types.VARCHAR)
			// two nodes writing at once: the unique key refuses the second, whose
			// listener fails
			// and is retried, and then finds the first
			.param("key", key, Types.VARCHAR)
			.update();
		return id;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SentMail> sentTo(String address) {
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM outbound_mail WHERE lower(recipient) = lower(:address) ORDER BY created_at DESC")
			.param("address", address)
			.query(JdbcOutbox::map)
			.list();
	}

	/** One page of the outbox, newest first, for administrators. */
	@Transactional(readOnly = true)
	public List<SentMail> page(int page, int size) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM outbound_mail ORDER BY created_at DESC, id LIMIT :size OFFSET :offset")
			.param("size", size)
			.param("offset", page * size)
			.query(JdbcOutbox::map)
			.list();
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.jdbc.sql("SELECT count(*) FROM outbound_mail").query(Long.class).single();
	}

	@Transactional(readOnly = true)
	public Optional<SentMail> find(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM outbound_mail WHERE id = :id")
			.param("id", id)
			.query(JdbcOutbox::map)
			.optional();
	}

	public boolean smtpConfigured() {
		return this.smtpConfigured;
	}

	static SentMail map(ResultSet rs, int row) throws SQLException {
		return new SentMail(rs.getObject("id", UUID.class),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("recipient"),
				Language.valueOf(rs.getString("language")), rs.getString("template"), rs.getString("subject"),
				rs.getString("body"), Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
				instant(rs.getObject("sent_at", OffsetDateTime.class)), rs.getString("last_error"));
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

}
