package org.synergies.accounts.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.synergies.accounts.CurrentUser;

/**
 * Signs in with e-mail and password. Unknown address, wrong password, invited or disabled
 * account: one answer for all, and the same work (a hash comparison) for all, so that
 * neither the message nor the timing reveals whether an account exists. A password hashed
 * with an older algorithm (bcrypt) is hashed again with the current one (Argon2id) once
 * it has been proved right.
 */
@Component
class PasswordAuthentication implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(PasswordAuthentication.class);

	private final Accounts accounts;

	private final PasswordEncoder encoder;

	private final SignInThrottle throttle;

	private final Clock clock;

	private final String decoyHash;

	PasswordAuthentication(Accounts accounts, PasswordEncoder encoder, SignInThrottle throttle, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.throttle = throttle;
		this.clock = clock;
		this.decoyHash = encoder.encode("a password nobody has chosen");
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String emailKey = Account.keyOf(authentication.getName());
		String password = String.valueOf(authentication.getCredentials());
		String client = authentication.getDetails() instanceof WebAuthenticationDetails details
				? String.valueOf(details.getRemoteAddress()) : "unknown";
		if (!this.throttle.admits(emailKey, client)) {
			log.info("Sign-in throttled for {} from {}", emailKey, client);
			throw new LockedException("Too many failed sign-ins");
		}
		Optional<Account> found = this.accounts.findByEmailKey(emailKey);
		String hash = found.map(Account::passwordHash).orElse(this.decoyHash);
		boolean matches = matches(password, hash);
		if (found.isEmpty() || !matches || !found.get().isActive()) {
			log.info("Sign-in refused for {} from {}", emailKey, client);
			throw new BadCredentialsException("Bad credentials");
		}
		Account account = found.get();
		this.throttle.succeeded(emailKey, client);
		// plain updates: signing in must not make an administrator's open edit of the
		// account stale
		if (this.encoder.upgradeEncoding(hash)) {
			this.accounts.rehashPassword(account.id(), hash, this.encoder.encode(password));
			log.info("Password hash of {} upgraded to the current algorithm", emailKey);
		}
		this.accounts.recordSignIn(account.id(), Instant.now(this.clock));
		log.info("Signed in: {} from {}", emailKey, client);
		CurrentUser user = account.principal();
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
	}

	/**
	 * bcrypt refuses to compare a password longer than 72 bytes: for a hash not yet
	 * upgraded, such a password is simply not the right one.
	 */
	private boolean matches(String password, String hash) {
		try {
			return this.encoder.matches(password, hash);
		}
		catch (IllegalArgumentException tooLongForBcrypt) {
			return false;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
