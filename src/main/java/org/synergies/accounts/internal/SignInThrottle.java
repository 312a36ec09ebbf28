package org.synergies.accounts.internal;

import java.time.Duration;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: at most {@value #PER_ADDRESS} failed sign-ins for one
 * e-mail address, and {@value #PER_CLIENT} from one client, in a {@link #WINDOW} that
 * opens at the first failure; further attempts are refused until it has passed. It counts
 * by the address typed, whether or not an account has it, so that the answer reveals
 * nothing.
 * <p>
 * Each attempt is counted before the password is checked, so that many attempts at once
 * cannot all slip past the limit; a successful sign-in then clears the address's count
 * and gives its attempt back to the client. Nobody can lock the real owner out for good:
 * the pause ends with its window, and a successful password reset clears it at once
 * ({@link #clear}), which the sign-in page says.
 */
@Component
class SignInThrottle {

	static final int PER_ADDRESS = 5;

	static final int PER_CLIENT = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final AttemptCounter counter;

	SignInThrottle(AttemptCounter counter) {
		this.counter = counter;
	}

	/**
	 * Counts an attempt, committed at once (kept even though a failed sign-in rolls back,
	 * and holding the counters' row locks only for a moment).
	 * @return whether the attempt may go on to the password check
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	boolean admits(String emailKey, String client) {
		int forAddress = this.counter.count(address(emailKey), WINDOW);
		int forClient = this.counter.count(client(client), WINDOW);
		return forAddress <= PER_ADDRESS && forClient <= PER_CLIENT;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void succeeded(String emailKey, String client) {
		this.counter.forget(address(emailKey));
		this.counter.giveBack(client(client));
	}

	/** Lifts the pause on an address (its owner has just proved who they are). */
	@Transactional
	void clear(String emailKey) {
		this.counter.forget(address(emailKey));
	}

	private static String address(String emailKey) {
		return "sign-in address " + emailKey;
	}

	private static String client(String client) {
		return "sign-in client " + client;
	}

}
