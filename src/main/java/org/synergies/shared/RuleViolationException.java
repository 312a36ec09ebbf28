package org.synergies.shared;

/**
 * A request breaks a business rule (an illegal transition, a duplicate, a closed call).
 * Carries a message key and its arguments so that the rule is explained to the user in
 * their own language; the API answers a 409 problem naming the rule.
 */
public class RuleViolationException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public RuleViolationException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
