package org.synergies.shared;

/**
 * Where a version of a text the Standing Committee adopts stands (the accreditation
 * process, the civil-society reporting format): written as a draft, submitted to the
 * Committee, adopted by one of its decisions (the one in force), superseded when a later
 * version is adopted.
 */
public enum VersionStatus {

	DRAFT, SUBMITTED, ADOPTED, SUPERSEDED;

	/** A draft, or a version before the Committee: the one being worked on. */
	public boolean isWorkedOn() {
		return this == DRAFT || this == SUBMITTED;
	}

}
