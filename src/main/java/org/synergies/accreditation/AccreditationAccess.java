package org.synergies.accreditation;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.synergies.accounts.CurrentUser;
import org.synergies.accounts.Role;
import org.synergies.accreditation.internal.AccreditationSteps;

/**
 * Who may see and do what in the accreditation, for pages and the API
 * ({@code @PreAuthorize("@accreditationAccess.canSee(#id)")}): NGO members see only their
 * organizations' applications; Standing Committee members see applications once
 * forwarded; the Secretariat sees all; drafts of the process are for the Secretariat, the
 * Committee and working group members.
 */
@Component("accreditationAccess")
public class AccreditationAccess {

	private final AccreditationSteps steps;

	private final WorkingGroups groups;

	AccreditationAccess(AccreditationSteps steps, WorkingGroups groups) {
		this.steps = steps;
		this.groups = groups;
	}

	public boolean isSecretariat() {
		return CurrentUser.get().map(CurrentUser::isSecretariat).orElse(false);
	}

	public boolean isCommitteeMember() {
		return CurrentUser.get().map(user -> user.has(Role.STANDING_COMMITTEE_MEMBER)).orElse(false);
	}

	/** Whether the current person acts for the organization that made the application. */
	public boolean isApplicant(UUID application) {
		return CurrentUser.get()
			.flatMap(user -> this.steps.applications()
				.findById(application)
				.map(found -> user.isMemberOf(found.organizationId())))
			.orElse(false);
	}

	public boolean canSee(UUID application) {
		if (isSecretariat() || isApplicant(application)) {
			return true;
		}
		return isCommitteeMember()
				&& this.steps.applications().findById(application).map(found -> found.view().round() > 0).orElse(false);
	}

	/**
	 * The application as the current person may see it: the Secretariat and Committee
	 * members see the Committee's deliberations; the applicant (and anyone else) does
	 * not.
	 */
	public ApplicationView shaped(ApplicationView application) {
		return isSecretariat() || isCommitteeMember() ? application : application.withoutDeliberations();
	}

	/** Drafts and submitted versions of the process, and their comments. */
	public boolean canSeeDrafts() {
		return isSecretariat() || isCommitteeMember()
				|| CurrentUser.get().map(user -> this.groups.isWorkingGroupMember(user.id())).orElse(false);
	}

	/** Whether the current person may apply for this organization. */
	public boolean canApplyFor(UUID organization) {
		return CurrentUser.get().map(user -> user.isMemberOf(organization)).orElse(false);
	}

}
