package org.synergies.organizations;

import java.util.UUID;

/**
 * A person accepted an invitation and is now a member of the organization. Published
 * within the accepting transaction: the module the invitation is about (e.g. reporting,
 * for a report's contributors) records it with the membership, or neither is kept.
 */
public record MembershipInvitationAccepted(UUID invitation, UUID organization, UUID account, String email,
		String requesterName, String subjectKind, UUID subjectId) {
}
