package org.synergies.reporting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * A compilation running in the background, or done: what was asked, how far it is, and
 * the formats it produced.
 *
 * @param step the format being written, e.g. PDF
 * @param progress from 0 to 100
 * @param error why it failed, in words for the Secretariat
 */
public record CompilationJob(UUID id, UUID cycle, @Nullable String instrument, Language language, String symbol,
		Status status, @Nullable String step, int progress, @Nullable String error, String requestedBy,
		Instant requestedAt, @Nullable Instant finishedAt, List<CompilationDocuments.Format> formats) {

	public enum Status {

		QUEUED, RUNNING, DONE, FAILED;

		public boolean isFinished() {
			return this == DONE || this == FAILED;
		}

	}

}
