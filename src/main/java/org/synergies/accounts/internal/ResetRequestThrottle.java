package org.synergies.accounts.internal;

import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * Limits requests for a password reset link: at most {@value #PER_ADDRESS} per address
 * and {@value #PER_CLIENT} per client in a {@link #WINDOW}, so that nobody can flood a
 * mailbox or the outbox. Counted by the address typed, whether or not an account has it;
 * a refused request gets the same answer as any other.
 */
@Component
class ResetRequestThrottle {

	static final int PER_ADDRESS = 3;

	static final int PER_CLIENT = 10;

	static final Duration WINDOW = Duration.ofHours(1);

	private final AttemptCounter counter;

	ResetRequestThrottle(AttemptCounter counter) {
		this.counter = counter;
	}

	/** Counts the request, in the caller's transaction; whether a link may be sent. */
	boolean admits(String emailKey, String client) {
		int forAddress = this.counter.count("reset address " + emailKey, WINDOW);
		int forClient = this.counter.count("reset client " + client, WINDOW);
		return forAddress <= PER_ADDRESS && forClient <= PER_CLIENT;
	}

}
