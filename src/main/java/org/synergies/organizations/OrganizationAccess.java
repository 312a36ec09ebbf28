package org.synergies.organizations;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.synergies.accounts.CurrentUser;

/**
 * Who may do what in the registry; used by the pages and the API
 * ({@code @PreAuthorize("@organizationAccess.canEdit(#id)")}). The Secretariat may do
 * everything; an organization's members edit its profile and contacts; contacts (personal
 * data) are visible to the same people only.
 */
@Component("organizationAccess")
public class OrganizationAccess {

	public boolean isSecretariat() {
		return CurrentUser.get().map(CurrentUser::isSecretariat).orElse(false);
	}

	public boolean canEdit(UUID organization) {
		return CurrentUser.get().map(user -> user.isSecretariat() || user.isMemberOf(organization)).orElse(false);
	}

	public boolean canSeeContacts(UUID organization) {
		return canEdit(organization);
	}

}
