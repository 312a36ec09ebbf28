package org.synergies.accounts.internal;

import java.util.Locale;

import org.synergies.shared.RuleViolationException;

/**
 * Length is what makes a password strong (NIST SP 800-63B): at least
 * {@value #MINIMUM_LENGTH} and at most {@value #MAXIMUM_LENGTH} characters, in any
 * script, and not the e-mail address itself. Characters are counted as a person counts
 * them (code points), so that a Chinese ideograph or an emoji outside the basic plane
 * counts once.
 */
final class PasswordPolicy {

	public static final int MINIMUM_LENGTH = 12;

	public static final int MAXIMUM_LENGTH = 128;

	private PasswordPolicy() {
	}

	public static void check(String password, String email) {
		int length = password.codePointCount(0, password.length());
		if (length < MINIMUM_LENGTH) {
			throw new RuleViolationException("password.rule.too-short", MINIMUM_LENGTH);
		}
		if (length > MAXIMUM_LENGTH) {
			throw new RuleViolationException("password.rule.too-long", MAXIMUM_LENGTH);
		}
		if (password.trim().toLowerCase(Locale.ROOT).equals(email.trim().toLowerCase(Locale.ROOT))) {
			throw new RuleViolationException("password.rule.is-email");
		}
	}

}
