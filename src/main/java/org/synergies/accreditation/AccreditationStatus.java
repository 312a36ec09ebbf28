package org.synergies.accreditation;

/**
 * An accreditation in the register: active (until its validity ends), suspended by the
 * Secretariat (e.g. for an overdue report), or withdrawn.
 */
public enum AccreditationStatus {

	ACTIVE, SUSPENDED, WITHDRAWN;

	/** Whether it is in force. */
	public boolean isActive() {
		return this == ACTIVE;
	}

	/** Whether it was withdrawn. */
	public boolean isWithdrawn() {
		return this == WITHDRAWN;
	}

}
