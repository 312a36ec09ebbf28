package org.synergies.accounts.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends the sessions of an account on every node, when it is disabled, its roles change or
 * its password changes: the next request signs in again with what is true now.
 */
@Component
class SessionTerminator {

	private static final Logger log = LoggerFactory.getLogger(SessionTerminator.class);

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	void endSessionsOf(UUID account) {
		endSessionsOf(account, null);
	}

	/** Ends every session of the account but the one given (the person's own). */
	void endSessionsOf(UUID account, @Nullable String except) {
		var ended = this.sessions.findByPrincipalName(account.toString())
			.keySet()
			.stream()
			.filter(id -> !id.equals(except))
			.toList();
		ended.forEach(this.sessions::deleteById);
		if (!ended.isEmpty()) {
			log.info("Ended {} session(s) of account {}", ended.size(), account);
		}
	}

}
