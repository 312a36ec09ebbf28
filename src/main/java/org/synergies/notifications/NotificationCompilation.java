package org.synergies.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * A compilation "as received" of the contributions to a notification: an information
 * document under its symbol, in one language, written in the background as DOCX, PDF and
 * HTML.
 *
 * @param step what the writer is doing while it runs ({@code DOCX}, {@code PDF}…)
 * @param progress 0 to 100
 * @param error the message key of why it failed
 * @param contributions the contributions it holds, in the order it holds them
 * @param publishedAt when the Secretariat published it (then it and its contributions not
 * withheld by their senders are public)
 */
public record NotificationCompilation(UUID id, UUID notification, String symbol, Language language, Status status,
		@Nullable String step, int progress, @Nullable String error, String requestedBy, Instant requestedAt,
		@Nullable Instant finishedAt, @Nullable Instant publishedAt, List<UUID> contributions, long version) {

	public enum Status {

		QUEUED, RUNNING, DONE, FAILED;

		public boolean isFinished() {
			return this == DONE || this == FAILED;
		}

	}

	/** The formats it is written in, in the order it writes them. */
	public enum Format {

		DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
		PDF("pdf", "application/pdf"), HTML("html", "text/html;charset=UTF-8");

		private final String extension;

		private final String mediaType;

		Format(String extension, String mediaType) {
			this.extension = extension;
			this.mediaType = mediaType;
		}

		public String extension() {
			return this.extension;
		}

		public String mediaType() {
			return this.mediaType;
		}

	}

	public boolean isPublished() {
		return this.publishedAt != null;
	}

	public boolean isDone() {
		return this.status == Status.DONE;
	}

	/** Its formats that can be downloaded: all once it is done. */
	public List<Format> formats() {
		return isDone() ? List.of(Format.values()) : List.of();
	}

}
