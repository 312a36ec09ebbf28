package org.synergies.messaging;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * A message in the outbox and what became of it.
 *
 * @param body the text as the outbox keeps it: a secret (a single-use link) stands there
 * as a placeholder ({@link #secretMarker}), never readable
 */
public record SentMail(UUID id, Instant createdAt, String recipient, Language language, String template, String subject,
		String body, Status status, int attempts, @Nullable Instant sentAt, @Nullable String lastError) {

	private static final Pattern SECRET = Pattern.compile("\\{\\{secret:[A-Za-z0-9_-]+}}");

	/** What stands in the kept body for the secret of this name. */
	public static String secretMarker(String name) {
		return "{{secret:" + name + "}}";
	}

	/** Whether a secret (a single-use link) went to the recipient in this message. */
	public boolean carriesSecret() {
		return SECRET.matcher(this.body).find();
	}

	/** The body for a reader of the outbox: each secret replaced by the words given. */
	public String bodyWithSecretsAs(String shownInstead) {
		return SECRET.matcher(this.body).replaceAll(Matcher.quoteReplacement(shownInstead));
	}

	public enum Status {

		/** Waiting for the dispatcher. */
		PENDING,
		/** Accepted by the SMTP server. */
		SENT,
		/** Given up after repeated failures; see {@code lastError}. */
		FAILED,
		/** No SMTP server is configured (embedded default): kept here only. */
		KEPT;

		/** Whether sending it failed for good. */
		public boolean isFailed() {
			return this == FAILED;
		}

		/** Whether it was handed to the mail server. */
		public boolean isSent() {
			return this == SENT;
		}

	}

}
