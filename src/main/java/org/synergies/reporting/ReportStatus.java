package org.synergies.reporting;

/**
 * Where a report stands: being written by the NGO, submitted to the Secretariat, returned
 * to the NGO with comments, accepted.
 */
public enum ReportStatus {

	DRAFT, SUBMITTED, RETURNED, ACCEPTED;

	/** Whether the Secretariat accepted it. */
	public boolean isAccepted() {
		return this == ACCEPTED;
	}

	/** Whether the NGO may still change it (before the deadline or its extension). */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

	/** Whether the NGO has handed it in. */
	public boolean isHandedIn() {
		return this == SUBMITTED || this == ACCEPTED;
	}

}
