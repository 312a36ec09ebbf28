package org.synergies.messaging;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * A message in the outbox and what became of it.
 */
public record SentMail(UUID id, Instant createdAt, String recipient, Language language, String template, String subject,
		String body, Status status, int attempts, @Nullable Instant sentAt, @Nullable String lastError) {

	public enum Status {

		/** Waiting for the dispatcher. */
		PENDING,
		/** Accepted by the SMTP server. */
		SENT,
		/** Given up after repeated failures; see {@code lastError}. */
		FAILED,
		/** No SMTP server is configured (embedded default): kept here only. */
		KEPT

	}

}
