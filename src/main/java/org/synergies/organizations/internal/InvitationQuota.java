package org.synergies.organizations.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.synergies.shared.TooManyRequestsException;

/**
 * How many invitations one person may send: counted in the database, so that every
 * application node counts the same requests. The requester's row is locked while counting
 * and the admitted request recorded, in a short transaction of its own (before the
 * invitation's), so two concurrent requests cannot both take the last place and nobody
 * waits long for the lock.
 */
@Component
public class InvitationQuota {

	/** Invitations one person may send in an hour. */
	public static final int PER_HOUR = 10;

	/** Invitations waiting for an answer at one address about one subject (a report). */
	public static final int PENDING_PER_ADDRESS = 3;

	private static final Duration WINDOW = Duration.ofHours(1);

	private final JdbcClient jdbc;

	InvitationQuota(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Refuses, with how long to wait, when the requester has reached a limit; otherwise
	 * counts this request. Runs in the caller's transaction, which should be short and
	 * commit before the invitation is made.
	 */
	public void admit(UUID requester, String email, UUID subject, Instant now) {
		this.jdbc.sql("INSERT INTO membership_invitation_requester (requester_id) VALUES (:id) ON CONFLICT DO NOTHING")
			.param("id", requester)
			.update();
		this.jdbc.sql("SELECT requester_id FROM membership_invitation_requester WHERE requester_id = :id FOR UPDATE")
			.param("id", requester)
			.query(UUID.class)
			.single();
		OffsetDateTime since = utc(now.minus(WINDOW));
		this.jdbc
			.sql("DELETE FROM membership_invitation_request WHERE requester_id = :requester AND requested_at <= :since")
			.param("requester", requester)
			.param("since", since)
			.update();
		long sent = this.jdbc.sql(
				"SELECT COUNT(*) FROM membership_invitation_request WHERE requester_id = :requester AND requested_at > :since")
			.param("requester", requester)
			.param("since", since)
			.query(Long.class)
			.single();
		if (sent >= PER_HOUR) {
			OffsetDateTime oldest = this.jdbc.sql("""
					SELECT MIN(requested_at) FROM membership_invitation_request
					WHERE requester_id = :requester AND requested_at > :since""")
				.param("requester", requester)
				.param("since", since)
				.query(OffsetDateTime.class)
				.single();
			Duration wait = Duration.between(now, oldest.toInstant().plus(WINDOW));
			throw new TooManyRequestsException(wait, "invitation.rule.too-many", PER_HOUR,
					Math.max(1, (wait.toSeconds() + 59) / 60));
		}
		long pending = this.jdbc.sql("""
				SELECT COUNT(*) FROM membership_invitation
				WHERE subject_id = :subject AND email_key = :email AND status = 'PENDING' AND expires_at > :now""")
			.param("subject", subject)
			.param("email", MembershipInvitation.keyOf(email))
			.param("now", utc(now))
			.query(Long.class)
			.single();
		if (pending >= PENDING_PER_ADDRESS) {
			OffsetDateTime soonest = this.jdbc.sql("""
					SELECT MIN(expires_at) FROM membership_invitation
					WHERE subject_id = :subject AND email_key = :email AND status = 'PENDING' AND expires_at > :now""")
				.param("subject", subject)
				.param("email", MembershipInvitation.keyOf(email))
				.param("now", utc(now))
				.query(OffsetDateTime.class)
				.single();
			throw new TooManyRequestsException(Duration.between(now, soonest.toInstant()),
					"invitation.rule.too-many-pending", PENDING_PER_ADDRESS, email.strip());
		}
		this.jdbc.sql(
				"INSERT INTO membership_invitation_request (id, requester_id, requested_at) VALUES (:id, :requester, :now)")
			.param("id", UUID.randomUUID())
			.param("requester", requester)
			.param("now", utc(now))
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
