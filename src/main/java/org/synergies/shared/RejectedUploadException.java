package org.synergies.shared;

/**
 * An uploaded file is refused for what it is (empty, too large, of a kind not accepted,
 * named as something it is not, infected), whatever the state of the record it was meant
 * for. Pages explain it like any rule; the API answers 413 when the file is too large and
 * 422 otherwise, naming the rule.
 */
public class RejectedUploadException extends RuleViolationException {

	private final boolean tooLarge;

	public RejectedUploadException(String messageKey, boolean tooLarge, Object... arguments) {
		super(messageKey, arguments);
		this.tooLarge = tooLarge;
	}

	public boolean tooLarge() {
		return this.tooLarge;
	}

}
