package org.synergies.agreements;

/**
 * The Secretariat's review of a progress note: a partner's note is {@link #SUBMITTED}
 * until the Secretariat accepts it or returns it with a comment; a note the Secretariat
 * writes itself is accepted as written. Only accepted notes are public and move the
 * deliverable's status.
 */
public enum ProgressReview {

	SUBMITTED, ACCEPTED, RETURNED

}
