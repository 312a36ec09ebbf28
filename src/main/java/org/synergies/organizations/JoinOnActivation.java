package org.synergies.organizations;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.synergies.accounts.AccountActivated;

/**
 * A new person accepting the account invitation an invitation to join created joins the
 * organization in the same transaction: accepting that invitation is their answer.
 */
@Component
class JoinOnActivation {

	private final OrganizationInvitations invitations;

	JoinOnActivation(OrganizationInvitations invitations) {
		this.invitations = invitations;
	}

	@EventListener
	void on(AccountActivated activated) {
		this.invitations.acceptOnActivation(activated.account());
	}

}
