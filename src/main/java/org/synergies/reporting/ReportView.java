package org.synergies.reporting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A report of one organization for one reporting cycle.
 *
 * @param answers the answers, typed by the report's format
 * @param startedFrom the earlier report it was started from, if any
 * @param comments the Secretariat's comments: for the organization's members and the
 * Secretariat only
 * @param contributors colleagues asked to contribute: for the organization's members and
 * the Secretariat only
 */
public record ReportView(UUID id, UUID cycle, UUID organization, UUID template, ReportStatus status,
		ReportAnswers answers, Visibility visibility, @Nullable UUID startedFrom, List<Comment> comments,
		List<Contributor> contributors, @Nullable Instant submittedAt, @Nullable Instant acceptedAt, Instant createdAt,
		Instant updatedAt, long version) {

	public ReportView {
		comments = List.copyOf(comments);
		contributors = List.copyOf(contributors);
	}

	/**
	 * The report as anyone but its organization's members and the Secretariat reads it
	 * (published): the answers, without the Secretariat's comments on it and without the
	 * colleagues asked to contribute (their addresses and who asked them).
	 */
	public ReportView asPublished() {
		return new ReportView(this.id, this.cycle, this.organization, this.template, this.status, this.answers,
				this.visibility, this.startedFrom, List.of(), List.of(), this.submittedAt, this.acceptedAt,
				this.createdAt, this.updatedAt, this.version);
	}

	/** A comment of the Secretariat, written when it returned the report. */
	public record Comment(String text, String author, Instant writtenAt) {
	}

	/** A colleague asked to contribute. */
	public record Contributor(UUID account, String email, String askedBy, Instant askedAt) {
	}

}
