package org.synergies.shared;

/**
 * Where a version of a text the Standing Committee adopts stands (the accreditation
 * process, the civil-society reporting format): written as a draft, submitted to the
 * Committee, adopted by one of its decisions (the one in force), superseded when a later
 * version is adopted.
 */
public enum VersionStatus {

	DRAFT, SUBMITTED, ADOPTED, SUPERSEDED;

	/** Only a draft is written, and sent to the Committee. */
	public boolean isDraft() {
		return this == DRAFT;
	}

	/** Before the Committee, which adopts it or sends it back. */
	public boolean isBeforeCommittee() {
		return this == SUBMITTED;
	}

	/** In force until a later version supersedes it. */
	public boolean isInForce() {
		return this == ADOPTED;
	}

	/** Adopted once: anyone may read it. */
	public boolean isPublic() {
		return this == ADOPTED || this == SUPERSEDED;
	}

	/** A draft, or a version before the Committee: the one being worked on. */
	public boolean isWorkedOn() {
		return this == DRAFT || this == SUBMITTED;
	}

}
