package org.synergies.organizations;

/**
 * The kinds of partner the CMS Family works with.
 */
public enum OrganizationKind {

	/**
	 * Secretariat of a multilateral environmental agreement, incl. the CMS Family's own.
	 */
	MEA_SECRETARIAT,
	/** United Nations body, programme or regional office. */
	UN_BODY,
	/** Other intergovernmental organization. */
	INTERGOVERNMENTAL, INTERNATIONAL_NGO,
	/** National NGO or civil-society organization. */
	NATIONAL_NGO,
	/** Private-sector company or business association. */
	PRIVATE_SECTOR,
	/** Academic or research institution. */
	ACADEMIC,
	/** Indigenous peoples' or local community organization. */
	INDIGENOUS_OR_LOCAL_COMMUNITY, YOUTH

}
