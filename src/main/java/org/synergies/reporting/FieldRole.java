package org.synergies.reporting;

/**
 * What a field means to the compilation. A template is free data, but the combined
 * figures need to know which group lists activities, which money is a financial
 * commitment and which list says what an activity serves. A template without roles can
 * still be filled in and compiled as text; only its figures are missing.
 */
public enum FieldRole {

	/** The group of activities (each one counted once, under every tag it carries). */
	ACTIVITIES,
	/** Inside the activities: the activity's title. */
	ACTIVITY_TITLE,
	/**
	 * Inside the activities: the instruments it serves (multiple choice of instruments).
	 */
	INSTRUMENTS,
	/** Inside the activities: its species groups. */
	SPECIES_GROUPS,
	/** Inside the activities: its countries. */
	COUNTRIES,
	/** Inside the activities: its CMS regions. */
	REGIONS,
	/** Inside the activities: the Strategic Plan targets it contributes to. */
	TARGETS,
	/** The group of financial commitment lines. */
	FINANCIAL_LINES,
	/**
	 * Inside a financial line: cash or in kind (a choice with options CASH and IN_KIND).
	 */
	FINANCE_KIND,
	/** Inside a financial line: the amount (money; for in-kind, its estimated value). */
	AMOUNT,
	/**
	 * Inside a financial line: the activity it funds (a choice of the report's
	 * activities).
	 */
	FUNDED_ACTIVITY,
	/** Staff time given to CMS Family work, in person-months (a number). */
	STAFF_MONTHS

}
