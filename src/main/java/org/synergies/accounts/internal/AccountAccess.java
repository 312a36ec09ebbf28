package org.synergies.accounts.internal;

import org.synergies.accounts.AccountView;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountActivated;
import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.audit.AuditTrail;

/**
 * Getting into an account without being signed in: accepting an invitation and resetting
 * a forgotten password, both by a single-use link sent by e-mail.
 */
@Service
public class AccountAccess {

	private final AccountWorkflow workflow;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountAccess(AccountWorkflow workflow, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.workflow = workflow;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Whether an invitation link can still be used (unused, not expired). */
	@Transactional(readOnly = true)
	public boolean isValidInvitation(String token) {
		return this.workflow.isValidLink(token, true, now());
	}

	@Transactional(readOnly = true)
	public boolean isValidPasswordReset(String token) {
		return this.workflow.isValidLink(token, false, now());
	}

	@Transactional
	public AccountView acceptInvitation(String token, String password) {
		Account account = this.workflow.acceptInvitation(token, password, now());
		AccountView after = account.view();
		this.audit.recordBy(account.principal(), AccountManagement.AUDITED_AS, after.id(), "invitation-accepted", null,
				after);
		this.events.publishEvent(new AccountActivated(after.id()));
		return after;
	}

	/**
	 * Sends a reset link if an active account has this address and the address and the
	 * client (its network address) have not asked too often; says nothing either way.
	 */
	@Transactional
	public void requestPasswordReset(String email, String client) {
		this.workflow.requestPasswordReset(email, client, now())
			.ifPresent(account -> this.audit.recordBy(account.principal(), AccountManagement.AUDITED_AS, account.id(),
					"password-reset-requested", null, null));
	}

	/**
	 * Sets a new password through a reset link. Every session of the account ends and its
	 * API tokens are revoked; a pause of its sign-in after failed attempts is lifted.
	 */
	@Transactional
	public void resetPassword(String token, String password) {
		Account account = this.workflow.resetPassword(token, password, now());
		this.audit.recordBy(account.principal(), AccountManagement.AUDITED_AS, account.id(), "password-reset", null,
				null);
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
