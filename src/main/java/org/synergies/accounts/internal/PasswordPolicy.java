package org.synergies.accounts.internal;

import java.util.Locale;

import org.synergies.shared.RuleViolationException;

/**
 * Length is what makes a password strong (NIST SP 800-63B): at least
 * {@value #MINIMUM_LENGTH} characters, any characters, and not the e-mail address itself.
 */
public final class PasswordPolicy {

	public static final int MINIMUM_LENGTH = 12;

	public static final int MAXIMUM_LENGTH = 128;

	private PasswordPolicy() {
	}

	public static void check(String password, String email) {
		if (password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
			throw new RuleViolationException("password.rule.too-short", MINIMUM_LENGTH);
		}
		if (password.length() > MAXIMUM_LENGTH) {
			throw new RuleViolationException("password.rule.too-long", MAXIMUM_LENGTH);
		}
		if (password.trim().toLowerCase(Locale.ROOT).equals(email.trim().toLowerCase(Locale.ROOT))) {
			throw new RuleViolationException("password.rule.is-email");
		}
	}

}
