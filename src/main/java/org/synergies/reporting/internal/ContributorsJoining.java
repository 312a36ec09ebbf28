package org.synergies.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.synergies.organizations.MembershipInvitationAccepted;

/**
 * A colleague asked to contribute to a report accepted the invitation: they become one of
 * its contributors, in the accepting transaction. A report handed in meanwhile keeps its
 * contributors as they were (the colleague is still a member).
 */
@Component
class ContributorsJoining {

	/** Same value as {@code Reports.REPORT_SUBJECT}. */
	private static final String REPORT_SUBJECT = "report";

	private final ReportingSteps steps;

	private final Clock clock;

	ContributorsJoining(ReportingSteps steps, Clock clock) {
		this.steps = steps;
		this.clock = clock;
	}

	@EventListener
	void on(MembershipInvitationAccepted accepted) {
		if (!REPORT_SUBJECT.equals(accepted.subjectKind())) {
			return;
		}
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		this.steps.reports()
			.findById(accepted.subjectId())
			.filter(report -> report.status().isEditable())
			.ifPresent(report -> this.steps.changeReport(report.id(), null, "colleague-joined", found -> found
				.addContributor(accepted.account(), accepted.email(), accepted.requesterName(), now)));
	}

}
