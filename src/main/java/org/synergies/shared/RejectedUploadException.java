package org.synergies.shared;

/**
 * An uploaded file is refused, whatever the state of the record it was meant for. Pages
 * explain it like any rule; the API answers with the status of its {@link Reason}, naming
 * the rule.
 */
public class RejectedUploadException extends RuleViolationException {

	/** Why the file is refused. */
	public enum Reason {

		/**
		 * Empty, of a kind not accepted, named as something it is not, or infected (422).
		 */
		CONTENT,
		/** Larger than the limit (413). */
		TOO_LARGE,
		/** The malware scanner cannot be reached: nothing unscanned is kept (503). */
		SCANNER_UNAVAILABLE

	}

	private final Reason reason;

	public RejectedUploadException(String messageKey, Reason reason, Object... arguments) {
		super(messageKey, arguments);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
