package org.synergies.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A report of one organization for one reporting cycle.
 *
 * @param answers the answers by field key: text as typed; a group is a list of entries,
 * each a map with its own {@code _id}; money is a map with {@code amount} and
 * {@code currency}; a file is a map with {@code id} and {@code name}
 * @param startedFrom the earlier report it was started from, if any
 */
public record ReportView(UUID id, UUID cycle, UUID organization, UUID template, ReportStatus status,
		Map<String, Object> answers, Visibility visibility, @Nullable UUID startedFrom, List<Comment> comments,
		List<Contributor> contributors, @Nullable Instant submittedAt, @Nullable Instant acceptedAt, Instant createdAt,
		Instant updatedAt, long version) {

	public ReportView {
		answers = Map.copyOf(answers);
		comments = List.copyOf(comments);
		contributors = List.copyOf(contributors);
	}

	/** A comment of the Secretariat, written when it returned the report. */
	public record Comment(String text, String author, Instant writtenAt) {
	}

	/** A colleague asked to contribute. */
	public record Contributor(UUID account, String email, String askedBy, Instant askedAt) {
	}

}
