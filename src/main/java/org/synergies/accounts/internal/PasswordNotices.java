package org.synergies.accounts.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.synergies.accounts.PasswordChanged;
import org.synergies.messaging.OutgoingMail;
import org.synergies.messaging.Outbox;

/**
 * Tells the person their password changed, after the change has committed. Runs through
 * the event publication registry: a failed run is retried, and the occurrence (the
 * account and its version) keeps a second run from queueing the notice twice. The notice
 * carries no secret, unlike the invitation and reset messages, which stay in the façade's
 * transaction so that their links are never written into the registry.
 */
@Component
class PasswordNotices {

	private final Accounts accounts;

	private final Outbox outbox;

	PasswordNotices(Accounts accounts, Outbox outbox) {
		this.accounts = accounts;
		this.outbox = outbox;
	}

	@ApplicationModuleListener
	void on(PasswordChanged event) {
		this.accounts.findById(event.account())
			.ifPresent(
					account -> this.outbox.send(OutgoingMail.to(account.email(), account.language(), "password-changed")
						.with("name", account.displayName())
						.once(event.account() + ":" + event.version())));
	}

}
