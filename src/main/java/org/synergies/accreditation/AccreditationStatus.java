package org.synergies.accreditation;

/**
 * An accreditation in the register: active (until its validity ends), suspended by the
 * Secretariat (e.g. for an overdue report), or withdrawn.
 */
public enum AccreditationStatus {

	ACTIVE, SUSPENDED, WITHDRAWN

}
