package org.synergies.notifications;

/**
 * Where a courtesy translation of a contribution into one official language stands. No
 * status recorded means the Secretariat has not decided yet.
 */
public enum TranslationStatus {

	/** The Secretariat decided that this language needs no translation. */
	NOT_NEEDED,
	/** Asked of a translator, not started. */
	REQUESTED,
	/** The translator is working on it. */
	IN_PROGRESS,
	/** The translation came back (text or file), not yet checked. */
	RECEIVED,
	/** Received and checked by the Secretariat. */
	CHECKED;

	/** The translation exists (received or checked): it is shown and compiled. */
	public boolean isAvailable() {
		return this == RECEIVED || this == CHECKED;
	}

	/** Still awaited: requested or in progress. */
	public boolean isPending() {
		return this == REQUESTED || this == IN_PROGRESS;
	}

}
