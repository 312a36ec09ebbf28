package org.synergies.organizations.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.synergies.organizations.MembershipInvitationView;

/**
 * The invitations' storage, and the names of the organizations they invite to.
 */
@Component
public class MembershipInvitationDesk {

	private final MembershipInvitations invitations;

	private final Organizations organizations;

	MembershipInvitationDesk(MembershipInvitations invitations, Organizations organizations) {
		this.invitations = invitations;
		this.organizations = organizations;
	}

	public Optional<String> organizationName(UUID organization) {
		return this.organizations.findById(organization).map(found -> found.view().officialName());
	}

	public MembershipInvitation save(MembershipInvitation invitation) {
		return this.invitations.save(invitation);
	}

	public Optional<MembershipInvitation> find(UUID id) {
		return this.invitations.findById(id);
	}

	public List<MembershipInvitation> ofAccount(UUID account) {
		return this.invitations.findByAccount(account);
	}

	public List<MembershipInvitation> about(String subjectKind, UUID subjectId) {
		return this.invitations.findBySubject(subjectKind, subjectId);
	}

	public MembershipInvitationView view(MembershipInvitation invitation, Instant now) {
		return invitation.view(organizationName(invitation.organizationId()).orElse(""), now);
	}

}
