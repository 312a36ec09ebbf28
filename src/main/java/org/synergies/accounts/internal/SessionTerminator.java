package org.synergies.accounts.internal;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account on every node, when it is disabled, its roles change
 * or its password is reset: the next request signs in again with what is true now.
 */
@Component
class SessionTerminator {

	private static final Logger log = LoggerFactory.getLogger(SessionTerminator.class);

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	void endSessionsOf(UUID account) {
		var found = this.sessions.findByPrincipalName(account.toString());
		found.keySet().forEach(this.sessions::deleteById);
		if (!found.isEmpty()) {
			log.info("Ended {} session(s) of account {}", found.size(), account);
		}
	}

}
