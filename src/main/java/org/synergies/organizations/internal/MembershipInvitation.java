package org.synergies.organizations.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.organizations.InvitationStatus;
import org.synergies.organizations.MembershipInvitationView;
import org.synergies.shared.RuleViolationException;

/**
 * An invitation to join an organization. It changes nobody's account: the invited person
 * joins only by accepting it, once, before it expires; or declines it.
 */
@Table("membership_invitation")
public class MembershipInvitation {

	/** How long an invitation can be answered. */
	public static final Duration VALIDITY = Duration.ofDays(14);

	@Id
	private final UUID id;

	private final UUID organizationId;

	private final String email;

	private final String emailKey;

	private final UUID accountId;

	private final boolean newAccount;

	private final UUID requestedBy;

	private final String requesterName;

	private final @Nullable String message;

	private final String subjectKind;

	private final UUID subjectId;

	private InvitationStatus status;

	private final Instant createdAt;

	private final Instant expiresAt;

	private @Nullable Instant decidedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	MembershipInvitation(UUID id, UUID organizationId, String email, String emailKey, UUID accountId,
			boolean newAccount, UUID requestedBy, String requesterName, @Nullable String message, String subjectKind,
			UUID subjectId, InvitationStatus status, Instant createdAt, Instant expiresAt, @Nullable Instant decidedAt,
			@Nullable Long version) {
		this.id = id;
		this.organizationId = organizationId;
		this.email = email;
		this.emailKey = emailKey;
		this.accountId = accountId;
		this.newAccount = newAccount;
		this.requestedBy = requestedBy;
		this.requesterName = requesterName;
		this.message = message;
		this.subjectKind = subjectKind;
		this.subjectId = subjectId;
		this.status = status;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
		this.decidedAt = decidedAt;
		this.version = version;
	}

	public static MembershipInvitation ask(UUID organization, String email, UUID account, boolean newAccount,
			UUID requestedBy, String requesterName, @Nullable String message, String subjectKind, UUID subjectId,
			Instant now) {
		return new MembershipInvitation(UUID.randomUUID(), organization, email.strip(), keyOf(email), account,
				newAccount, requestedBy, requesterName, message, subjectKind, subjectId, InvitationStatus.PENDING, now,
				now.plus(VALIDITY), null, null);
	}

	static String keyOf(String email) {
		return email.strip().toLowerCase(java.util.Locale.ROOT);
	}

	/** The invited person joins; refused once answered or expired. */
	public void accept(Instant now) {
		requireOpen(now);
		this.status = InvitationStatus.ACCEPTED;
		this.decidedAt = now;
	}

	public void decline(Instant now) {
		requireOpen(now);
		this.status = InvitationStatus.DECLINED;
		this.decidedAt = now;
	}

	private void requireOpen(Instant now) {
		InvitationStatus current = statusAt(now);
		if (current == InvitationStatus.EXPIRED) {
			throw new RuleViolationException("invitation.rule.expired");
		}
		if (current != InvitationStatus.PENDING) {
			throw new RuleViolationException("invitation.rule.answered");
		}
	}

	/** Pending until it expires; then expired, unless it was answered. */
	public InvitationStatus statusAt(Instant now) {
		return this.status == InvitationStatus.PENDING && !now.isBefore(this.expiresAt) ? InvitationStatus.EXPIRED
				: this.status;
	}

	public UUID id() {
		return this.id;
	}

	public UUID organizationId() {
		return this.organizationId;
	}

	public UUID accountId() {
		return this.accountId;
	}

	public boolean newAccount() {
		return this.newAccount;
	}

	public MembershipInvitationView view(String organizationName, Instant now) {
		return new MembershipInvitationView(this.id, this.organizationId, organizationName, this.email, this.accountId,
				this.newAccount, this.requestedBy, this.requesterName, this.message, this.subjectKind, this.subjectId,
				statusAt(now), this.createdAt, this.expiresAt, this.decidedAt);
	}

}
