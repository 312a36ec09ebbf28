package org.synergies.drafts;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A comment on a draft, on the record.
 *
 * @param number the version of the draft it was made on
 * @param reference the paragraph, criterion or field it is about, if the author named one
 * (e.g. "C2", "activities.instruments")
 */
public record DraftComment(UUID id, String kind, UUID draft, int number, @Nullable String reference, UUID author,
		String authorName, String text, Instant createdAt) {
}
