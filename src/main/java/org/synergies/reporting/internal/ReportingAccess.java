package org.synergies.reporting.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.synergies.accounts.CurrentUser;
import org.synergies.accreditation.AccreditationAccess;

/**
 * Who may see and do what in reporting, for pages and the API
 * ({@code @PreAuthorize("@reportingAccess.canSee(#id)")}): an NGO's members write and see
 * their organization's reports; the Secretariat sees and reviews all of them; anyone
 * reads an accepted report the Secretariat published; drafts of the format are read by
 * those who read drafts of the accreditation process.
 */
@Component("reportingAccess")
public class ReportingAccess {

	private final ReportingSteps steps;

	private final AccreditationAccess accreditation;

	ReportingAccess(ReportingSteps steps, AccreditationAccess accreditation) {
		this.steps = steps;
		this.accreditation = accreditation;
	}

	/**
	 * Drafts and submitted versions of the format, and their comments: the same people as
	 * for the process they are drafted with (the Secretariat, Standing Committee members,
	 * working group members).
	 */
	public boolean canSeeDrafts() {
		return this.accreditation.canSeeDrafts();
	}

	public boolean isSecretariat() {
		return CurrentUser.get().map(CurrentUser::isSecretariat).orElse(false);
	}

	/** Whether the current person acts for the organization whose report it is. */
	public boolean isReporter(UUID report) {
		return CurrentUser.get()
			.flatMap(
					user -> this.steps.reports().findById(report).map(found -> user.isMemberOf(found.organizationId())))
			.orElse(false);
	}

	public boolean canReportFor(UUID organization) {
		return CurrentUser.get().map(user -> user.isMemberOf(organization)).orElse(false);
	}

	public boolean canSee(UUID report) {
		return isSecretariat() || isReporter(report) || isPublished(report);
	}

	public boolean isPublished(UUID report) {
		return this.steps.reports()
			.findById(report)
			.map(found -> found.status().isAccepted() && found.visibility().isPublic())
			.orElse(false);
	}

}
