package org.synergies.accounts.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.synergies.accounts.PasswordChanged;

/**
 * What follows a change of password, whoever made it: whoever knew the old password (or
 * held a session or a token got with it) is shut out. The account's sessions end but the
 * one the person changed it in, its API tokens are revoked, and {@link PasswordChanged}
 * is published (the person is told by e-mail after commit, see {@link PasswordNotices}).
 * A reset through the e-mailed link also lifts a pause of the address's sign-in, so that
 * an attacker's failed guesses never keep the owner out.
 */
@Component
class PasswordChanges {

	private final SessionTerminator sessions;

	private final TokenRegistry tokens;

	private final SignInThrottle signIn;

	private final ApplicationEventPublisher events;

	PasswordChanges(SessionTerminator sessions, TokenRegistry tokens, SignInThrottle signIn,
			ApplicationEventPublisher events) {
		this.sessions = sessions;
		this.tokens = tokens;
		this.signIn = signIn;
		this.events = events;
	}

	/**
	 * @param keptSession the session the person changed their password in
	 * @return how many API tokens were revoked
	 */
	int changed(Account account, @Nullable String keptSession, Instant now) {
		return follow(account, keptSession, false, now);
	}

	int reset(Account account, Instant now) {
		this.signIn.clear(Account.keyOf(account.email()));
		return follow(account, null, true, now);
	}

	/**
	 * @param account as saved with its new password (its version tells the change)
	 */
	private int follow(Account account, @Nullable String keptSession, boolean reset, Instant now) {
		this.sessions.endSessionsOf(account.id(), keptSession);
		int revoked = this.tokens.revokeAll(account.id(), now);
		this.events.publishEvent(new PasswordChanged(account.id(), account.version(), reset));
		return revoked;
	}

}
