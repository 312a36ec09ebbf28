package org.synergies.organizations.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.synergies.organizations.MembershipInvitationView;

/**
 * The invitations' storage, and the names of the organizations they invite to.
 */
@Component
public class MembershipInvitationDesk {

	private final MembershipInvitations invitations;

	private final Organizations organizations;

	private final JdbcClient jdbc;

	MembershipInvitationDesk(MembershipInvitations invitations, Organizations organizations, JdbcClient jdbc) {
		this.invitations = invitations;
		this.organizations = organizations;
		this.jdbc = jdbc;
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

	/** Invitations still waiting to join one organization now invite to another. */
	public void moveWaiting(UUID from, UUID to) {
		this.jdbc.sql("""
				UPDATE membership_invitation SET organization_id = :to, version = version + 1
				WHERE organization_id = :from AND status = 'PENDING'""").param("to", to).param("from", from).update();
	}

	public MembershipInvitationView view(MembershipInvitation invitation, Instant now) {
		return invitation.view(organizationName(invitation.organizationId()).orElse(""), now);
	}

}
