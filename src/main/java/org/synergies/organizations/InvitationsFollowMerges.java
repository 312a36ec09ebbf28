package org.synergies.organizations;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.synergies.organizations.internal.MembershipInvitationDesk;

/**
 * When a duplicate is merged into another organization, the invitations still waiting to
 * join the duplicate invite to the survivor instead (in the merge's transaction):
 * accepting one never makes a person a member of a merged organization.
 */
@Component
class InvitationsFollowMerges {

	private final MembershipInvitationDesk desk;

	InvitationsFollowMerges(MembershipInvitationDesk desk) {
		this.desk = desk;
	}

	@EventListener
	void on(OrganizationsMerged merged) {
		this.desk.moveWaiting(merged.merged(), merged.survivor());
	}

}
