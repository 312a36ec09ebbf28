package org.synergies.accreditation;

/**
 * Where an application for accreditation stands.
 */
public enum ApplicationStatus {

	/** Being written by the NGO; not seen by anyone else. */
	DRAFT,
	/** With the Secretariat for screening. */
	SUBMITTED,
	/** Sent back to the NGO to complete or correct, with a reason. */
	RETURNED,
	/** Closed by the Secretariat with a reason; final. */
	CLOSED,
	/** With the Standing Committee for review. */
	FORWARDED,
	/** The Committee deferred it with questions; back to review once the NGO answers. */
	DEFERRED,
	/** The Committee approved it: the NGO is accredited. */
	ACCREDITED,
	/** The Committee rejected it, with reasons; final. */
	REJECTED;

	public boolean isDecided() {
		return this == DEFERRED || this == ACCREDITED || this == REJECTED;
	}

	/**
	 * Whether the application is still in progress (not yet closed, rejected or
	 * accredited): an organization has at most one per process version.
	 */
	public boolean isInProgress() {
		return this != CLOSED && this != REJECTED && this != ACCREDITED;
	}

	/** Whether the NGO may still change its answers and documents. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

	/** Whether the Secretariat may screen it: forward it or return it. */
	public boolean isAwaitingScreening() {
		return ApplicationAction.FORWARD.isAllowedFrom(this);
	}

	/** Whether the Secretariat may close it. */
	public boolean isClosable() {
		return ApplicationAction.CLOSE.isAllowedFrom(this);
	}

	/** Whether it waits for the Standing Committee's decision. */
	public boolean isAwaitingDecision() {
		return ApplicationAction.ACCREDIT.isAllowedFrom(this);
	}

}
