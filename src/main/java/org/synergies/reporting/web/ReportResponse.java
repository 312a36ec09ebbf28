package org.synergies.reporting.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.reporting.ReportStatus;
import org.synergies.reporting.ReportView;
import org.synergies.reporting.Visibility;

/**
 * A report as the API gives it.
 *
 * @param answers the answers by field key: text as typed; a group is a list of entries,
 * each an object with its own {@code _id}; money is an object with {@code amount} and
 * {@code currency}; a file is an object with {@code id} and {@code name}
 * @param comments the Secretariat's comments: for the organization's members and the
 * Secretariat only (empty for anyone else)
 * @param contributors colleagues asked to contribute: for the organization's members and
 * the Secretariat only (empty for anyone else)
 */
record ReportResponse(UUID id, UUID cycle, UUID organization, UUID template, ReportStatus status,
		Map<String, Object> answers, Visibility visibility, @Nullable UUID startedFrom,
		List<ReportCommentResponse> comments, List<ReportContributorResponse> contributors,
		@Nullable Instant submittedAt, @Nullable Instant acceptedAt, Instant createdAt, Instant updatedAt,
		long version) {

	static ReportResponse of(ReportView report) {
		return new ReportResponse(report.id(), report.cycle(), report.organization(), report.template(),
				report.status(), report.answers().stored(), report.visibility(), report.startedFrom(),
				report.comments().stream().map(ReportCommentResponse::of).toList(),
				report.contributors().stream().map(ReportContributorResponse::of).toList(), report.submittedAt(),
				report.acceptedAt(), report.createdAt(), report.updatedAt(), report.version());
	}

	static List<ReportResponse> of(List<ReportView> reports) {
		return reports.stream().map(ReportResponse::of).toList();
	}

	/** A comment of the Secretariat, written when it returned the report. */
	record ReportCommentResponse(String text, String author, Instant writtenAt) {

		static ReportCommentResponse of(ReportView.Comment comment) {
			return new ReportCommentResponse(comment.text(), comment.author(), comment.writtenAt());
		}

	}

	/** A colleague asked to contribute. */
	record ReportContributorResponse(UUID account, String email, String askedBy, Instant askedAt) {

		static ReportContributorResponse of(ReportView.Contributor contributor) {
			return new ReportContributorResponse(contributor.account(), contributor.email(), contributor.askedBy(),
					contributor.askedAt());
		}

	}

}
