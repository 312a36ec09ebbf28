package org.synergies.shared;

import java.time.Duration;

/**
 * A person asked for something more often than a rule allows (e.g. invitations per hour).
 * Explained like any rule in the person's language; the API answers 429 with
 * {@code Retry-After}.
 */
public class TooManyRequestsException extends RuleViolationException {

	private final Duration retryAfter;

	public TooManyRequestsException(Duration retryAfter, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
	}

	/** How long to wait before the same request may succeed. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
