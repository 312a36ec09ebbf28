package org.synergies.accounts.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.synergies.accounts.CurrentUser;

/**
 * Ends the sessions of an account on every node when it is disabled or its password is
 * changed (all but the one it was changed in) or reset; when its roles or memberships
 * change, its sessions are instead brought up to date (the person stays signed in, with
 * what is true now): nobody is signed out because of someone else's request.
 */
@Component
class SessionTerminator {

	private static final Logger log = LoggerFactory.getLogger(SessionTerminator.class);

	private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

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

	/**
	 * Replaces the signed-in person in each of the account's sessions, once the change is
	 * committed (a change rolled back leaves the sessions as they were).
	 */
	void refreshSessionsOf(CurrentUser user) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					refresh(SessionTerminator.this.sessions, user);
				}
			});
		}
		else {
			refresh(this.sessions, user);
		}
	}

	private static <S extends Session> void refresh(FindByIndexNameSessionRepository<S> repository, CurrentUser user) {
		Map<String, S> found = repository.findByPrincipalName(user.getName());
		for (S session : found.values()) {
			SecurityContext context = session.getAttribute(CONTEXT);
			Authentication previous = context == null ? null : context.getAuthentication();
			if (previous == null) {
				continue;
			}
			List<GrantedAuthority> authorities = new ArrayList<>(user.authorities());
			// keep what is not a role, e.g. the factor the person signed in with
			previous.getAuthorities()
				.stream()
				.filter(authority -> authority.getAuthority() == null || !authority.getAuthority().startsWith("ROLE_"))
				.forEach(authorities::add);
			UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken.authenticated(user,
					null, (Collection<GrantedAuthority>) authorities);
			refreshed.setDetails(previous.getDetails());
			SecurityContext replaced = SecurityContextHolder.createEmptyContext();
			replaced.setAuthentication(refreshed);
			session.setAttribute(CONTEXT, replaced);
			repository.save(session);
		}
		if (!found.isEmpty()) {
			log.info("Brought {} session(s) of account {} up to date", found.size(), user.id());
		}
	}

}
