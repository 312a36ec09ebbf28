package org.synergies.notifications.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.synergies.notifications.Addressee;

/** What was sent to whom, and which addressees were reminded. */
@Repository
public class DeliveryRecords {

	/** Why a message went out. */
	public enum Purpose {

		ISSUED, REMINDER

	}

	/** One message to one person for an addressee. */
	public record Delivery(Purpose purpose, Addressee addressee, String email, String person, String language,
			Instant sentAt) {
	}

	private final JdbcClient jdbc;

	DeliveryRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a message once: the same one recorded again changes nothing. */
	public void record(UUID notification, Delivery delivery, UUID mail) {
		boolean known = this.jdbc
			.sql("SELECT COUNT(*) FROM notification_delivery WHERE notification_id = :notification "
					+ "AND purpose = :purpose AND kind = :kind AND ref = :ref AND email = :email")
			.param("notification", notification)
			.param("purpose", delivery.purpose().name())
			.param("kind", delivery.addressee().kind().name())
			.param("ref", delivery.addressee().ref())
			.param("email", delivery.email())
			.query(Long.class)
			.single() > 0;
		if (known) {
			return;
		}
		this.jdbc
			.sql("INSERT INTO notification_delivery (id, notification_id, purpose, kind, ref, email, person, "
					+ "language, mail_id, sent_at) VALUES (:id, :notification, :purpose, :kind, :ref, :email, "
					+ ":person, :language, :mail, :sentAt)")
			.param("id", UUID.randomUUID())
			.param("notification", notification)
			.param("purpose", delivery.purpose().name())
			.param("kind", delivery.addressee().kind().name())
			.param("ref", delivery.addressee().ref())
			.param("email", delivery.email())
			.param("person", delivery.person())
			.param("language", delivery.language())
			.param("mail", mail)
			.param("sentAt", NotificationRecords.at(delivery.sentAt()))
			.update();
	}

	public List<Delivery> of(UUID notification) {
		return this.jdbc
			.sql("SELECT d.purpose, d.kind, d.ref, COALESCE(a.name, d.ref) AS name, d.email, d.person, d.language, "
					+ "d.sent_at FROM notification_delivery d LEFT JOIN notification_addressee a "
					+ "ON a.notification_id = d.notification_id AND a.kind = d.kind AND a.ref = d.ref "
					+ "WHERE d.notification_id = :notification ORDER BY d.sent_at, name, d.email")
			.param("notification", notification)
			.query((rs, row) -> new Delivery(Purpose.valueOf(rs.getString("purpose")),
					new Addressee(org.synergies.notifications.AddresseeKind.valueOf(rs.getString("kind")),
							rs.getString("ref"), rs.getString("name")),
					rs.getString("email"), rs.getString("person"), rs.getString("language"),
					rs.getObject("sent_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * Marks the addressee reminded; {@code false} when it already was (by another node).
	 */
	public boolean remind(UUID notification, Addressee addressee, Instant now) {
		boolean already = this.jdbc
			.sql("SELECT COUNT(*) FROM notification_reminder WHERE notification_id = :notification "
					+ "AND kind = :kind AND ref = :ref")
			.param("notification", notification)
			.param("kind", addressee.kind().name())
			.param("ref", addressee.ref())
			.query(Long.class)
			.single() > 0;
		if (already) {
			return false;
		}
		// two nodes at once: the key refuses the second (DuplicateKeyException)
		this.jdbc
			.sql("INSERT INTO notification_reminder (notification_id, kind, ref, sent_at) "
					+ "VALUES (:notification, :kind, :ref, :now)")
			.param("notification", notification)
			.param("kind", addressee.kind().name())
			.param("ref", addressee.ref())
			.param("now", NotificationRecords.at(now))
			.update();
		return true;
	}

	/** When each addressee ("KIND:ref") was reminded. */
	public Map<String, Instant> reminded(UUID notification) {
		Map<String, Instant> reminded = new HashMap<>();
		this.jdbc.sql("SELECT kind, ref, sent_at FROM notification_reminder WHERE notification_id = :notification")
			.param("notification", notification)
			.query((rs, row) -> Map.entry(rs.getString("kind") + ":" + rs.getString("ref"),
					rs.getObject("sent_at", OffsetDateTime.class).toInstant()))
			.list()
			.forEach(entry -> reminded.put(entry.getKey(), entry.getValue()));
		return reminded;
	}

}
