package org.synergies.agreements.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.synergies.accounts.CurrentUser;
import org.synergies.accounts.Role;

/**
 * Who may do what on a work plan: the Secretariat plans it, reviews and may report on any
 * deliverable; a partner organization's members report on the deliverables their
 * organization is responsible for, and see their own notes before review.
 */
@Component
public class WorkPlanReaders {

	public boolean isSecretariat() {
		return CurrentUser.get().map(CurrentUser::isSecretariat).orElse(false);
	}

	/** Whether the reader may report progress on a deliverable of this responsible. */
	public boolean mayReport(@Nullable UUID responsible) {
		return CurrentUser.get()
			.map(user -> user.isSecretariat() || (responsible != null && user.isMemberOf(responsible)))
			.orElse(false);
	}

	/**
	 * Whether the reader may report on some deliverable: the Secretariat, or a member of
	 * an organization. Asked before anything is looked up, so that nobody else learns
	 * what exists.
	 */
	public boolean mayReportAtAll() {
		return CurrentUser.get().map(user -> user.isSecretariat() || user.has(Role.ORGANIZATION_MEMBER)).orElse(false);
	}

	/** The name a note is signed with. */
	public String name() {
		return CurrentUser.get().map(CurrentUser::displayName).orElse("Synergies");
	}

}
