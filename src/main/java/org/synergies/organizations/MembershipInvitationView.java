package org.synergies.organizations;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An invitation to join an organization, as its requester and the invited person see it.
 *
 * @param account the account invited (an existing one, or the one created for a new
 * person, who joins by accepting the account invitation)
 * @param requesterName the name of the person who asked, as their account gives it
 * @param message the requester's own words, if any: never the platform's
 * @param subjectKind what the invitation is about, e.g. {@code report}
 */
public record MembershipInvitationView(UUID id, UUID organization, String organizationName, String email, UUID account,
		boolean newAccount, UUID requestedBy, String requesterName, @Nullable String message, String subjectKind,
		UUID subjectId, InvitationStatus status, Instant createdAt, Instant expiresAt, @Nullable Instant decidedAt) {

	public boolean isPending() {
		return this.status == InvitationStatus.PENDING;
	}

}
