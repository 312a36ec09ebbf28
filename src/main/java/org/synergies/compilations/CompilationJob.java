package org.synergies.compilations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * A compilation running in the background, or done: what was asked, how far it is, and
 * the formats it produced.
 *
 * @param step {@code COMPILING} while the figures are added up, then the format being
 * written, e.g. PDF
 * @param progress from 0 to 100
 * @param error why it failed, as a message key ({@code compilation.error.interrupted},
 * {@code compilation.error.unexpected}, or the rule it broke), read in each reader's
 * language
 * @param errorArguments the message's arguments
 * @param original the language the Secretariat prepared the document in, which every
 * rendering states ("Original: English")
 */
public record CompilationJob(UUID id, UUID cycle, @Nullable String instrument, Language language, String symbol,
		Status status, @Nullable String step, int progress, @Nullable String error, List<String> errorArguments,
		String requestedBy, Instant requestedAt, @Nullable Instant finishedAt, List<CompilationFormat> formats,
		Language original) {

	public enum Status {

		QUEUED, RUNNING, DONE, FAILED;

		public boolean isFinished() {
			return this == DONE || this == FAILED;
		}

		/** Its outputs can be downloaded. */
		public boolean isDone() {
			return this == DONE;
		}

	}

}
