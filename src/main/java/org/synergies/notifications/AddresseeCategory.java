package org.synergies.notifications;

/**
 * Addressees a notification names by category, resolved into countries and organizations
 * when it is issued.
 */
public enum AddresseeCategory {

	/** The countries that are Parties to the issuing instrument. */
	PARTIES,
	/**
	 * Countries recorded as signatories of the issuing instrument without being Parties
	 * to it.
	 */
	NON_PARTY_RANGE_STATES,
	/**
	 * The other countries the Secretariat keeps records of (a membership or a focal
	 * point), not Parties to nor signatories of the issuing instrument.
	 */
	OTHER_GOVERNMENTS,
	/** Intergovernmental organizations and United Nations bodies. */
	IGOS,
	/** NGOs with a partnership agreement in force. */
	NGO_PARTNERS,
	/** NGOs whose special accreditation is in force. */
	ACCREDITED_NGOS,
	/**
	 * Every active civil-society organization: NGOs, indigenous peoples' and local
	 * communities' organizations, youth organizations, academic institutions.
	 */
	CIVIL_SOCIETY,
	/** The secretariats of the Agreements and of other conventions. */
	AGREEMENT_SECRETARIATS

}
