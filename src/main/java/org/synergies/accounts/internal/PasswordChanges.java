package org.synergies.accounts.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.synergies.messaging.OutgoingMail;
import org.synergies.messaging.Outbox;

/**
 * What follows a change of password, whoever made it: whoever knew the old password (or
 * held a session or a token got with it) is shut out. The account's sessions end but the
 * one the person changed it in, its API tokens are revoked, and the person is told by
 * e-mail. A reset through the e-mailed link also lifts a pause of the address's sign-in,
 * so that an attacker's failed guesses never keep the owner out.
 */
@Component
class PasswordChanges {

	private final SessionTerminator sessions;

	private final TokenRegistry tokens;

	private final SignInThrottle signIn;

	private final Outbox outbox;

	PasswordChanges(SessionTerminator sessions, TokenRegistry tokens, SignInThrottle signIn, Outbox outbox) {
		this.sessions = sessions;
		this.tokens = tokens;
		this.signIn = signIn;
		this.outbox = outbox;
	}

	/**
	 * @param keptSession the session the person changed their password in
	 * @return how many API tokens were revoked
	 */
	int changed(Account account, @Nullable String keptSession, Instant now) {
		this.sessions.endSessionsOf(account.id(), keptSession);
		int revoked = this.tokens.revokeAll(account.id(), now);
		this.outbox.send(OutgoingMail.to(account.email(), account.language(), "password-changed")
			.with("name", account.displayName()));
		return revoked;
	}

	int reset(Account account, Instant now) {
		this.signIn.clear(Account.keyOf(account.email()));
		return changed(account, null, now);
	}

}
