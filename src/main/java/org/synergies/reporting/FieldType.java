package org.synergies.reporting;

/**
 * What a field of the reporting template holds.
 */
public enum FieldType {

	/** One line of text. */
	TEXT,
	/** Paragraphs of text. */
	LONG_TEXT,
	/** A number (zero or more). */
	NUMBER,
	/** An amount (zero or more) and its ISO 4217 currency. */
	MONEY,
	/** A date. */
	DATE,
	/** One value from a list. */
	CHOICE,
	/** Any number of values from a list. */
	MULTI_CHOICE,
	/** Yes or no. */
	YES_NO,
	/** An uploaded file (PDF, DOCX, ODT, JPEG, PNG). */
	FILE,
	/**
	 * A repeating group: one entry per activity, project, meeting… with its own fields.
	 */
	GROUP;

	/** A repeating group, whose entries hold their own fields. */
	public boolean isGroup() {
		return this == GROUP;
	}

	/** An uploaded file. */
	public boolean isFile() {
		return this == FILE;
	}

	public boolean hasChoices() {
		return this == CHOICE || this == MULTI_CHOICE;
	}

}
