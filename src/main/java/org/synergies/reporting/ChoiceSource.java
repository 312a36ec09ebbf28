package org.synergies.reporting;

/**
 * Where the values of a choice field come from.
 */
public enum ChoiceSource {

	/** The options written in the template itself. */
	OPTIONS,
	/** The CMS Family instruments (CMS, AEWA, the MOUs…). */
	INSTRUMENTS,
	/** The species groups. */
	SPECIES_GROUPS,
	/** Countries and territories (ISO 3166-1). */
	COUNTRIES,
	/** The CMS regions. */
	REGIONS,
	/** The 16 targets of the Strategic Plan for Migratory Species 2015–2023. */
	TARGETS,
	/**
	 * The entries of the report's activities (e.g. to say which activity money funds).
	 */
	ACTIVITIES

}
