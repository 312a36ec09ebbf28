package org.synergies.reporting.internal;

import java.util.List;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.synergies.meetings.MeetingNames;
import org.synergies.organizations.OrganizationMail;
import org.synergies.reporting.ReportAccepted;
import org.synergies.reporting.ReportReturned;
import org.synergies.reporting.ReportSubmitted;
import org.synergies.reporting.Visibility;

/**
 * Writes to an organization's members about its report, after the change has committed,
 * through the event publication registry (a failed run is retried later; the occurrence,
 * the report's id and version, keeps a second run from writing twice).
 */
@Component
class ReportingMails {

	private static final String REPORTS = "/reporting/reports/";

	private final OrganizationMail mail;

	private final MeetingNames meetings;

	ReportingMails(OrganizationMail mail, MeetingNames meetings) {
		this.mail = mail;
		this.meetings = meetings;
	}

	@ApplicationModuleListener
	void submitted(ReportSubmitted event) {
		this.mail.sendOnce(event.report() + ":" + event.version(), event.organization(), "reporting-submitted",
				REPORTS + event.report(), Map.of("meeting", this.meetings.the(event.meeting())),
				List.of(this.meetings.the(event.meeting())));
	}

	@ApplicationModuleListener
	void returned(ReportReturned event) {
		this.mail
			.sendOnce(event.report() + ":" + event.version(), event.organization(), "reporting-returned",
					REPORTS + event.report(), Map.of("meeting", this.meetings.the(event.meeting()), "comment",
							event.comment(), "deadline", event.answerBy()),
					List.of(this.meetings.the(event.meeting())));
	}

	@ApplicationModuleListener
	void accepted(ReportAccepted event) {
		this.mail.sendOnce(event.report() + ":" + event.version(), event.organization(), "reporting-accepted",
				REPORTS + event.report(), Map.of("meeting", this.meetings.the(event.meeting()), "published",
						event.visibility() == Visibility.PUBLIC),
				List.of(this.meetings.the(event.meeting())));
	}

}
