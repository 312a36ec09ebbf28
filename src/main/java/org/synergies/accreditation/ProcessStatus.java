package org.synergies.accreditation;

/**
 * The life of a version of the accreditation process: drafted by the working group,
 * submitted to the Standing Committee, adopted by one of its decisions, superseded when a
 * later version is adopted. Exactly one version is in force at a time.
 */
public enum ProcessStatus {

	DRAFT, SUBMITTED, ADOPTED, SUPERSEDED

}
