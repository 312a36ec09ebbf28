package org.synergies.organizations;

/**
 * Active organizations appear in the public directory; archived ones are kept for the
 * record; a merged one was a duplicate and now points to the organization it was merged
 * into.
 */
public enum OrganizationStatus {

	ACTIVE, ARCHIVED, MERGED;

	/** Whether it appears in the public directory. */
	public boolean isActive() {
		return this == ACTIVE;
	}

}
