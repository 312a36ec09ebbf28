package org.synergies.countries;

/**
 * How a country belongs to a treaty: a Party to a convention or an agreement, or a
 * signatory of a memorandum of understanding (or a country that signed a convention
 * without ratifying it).
 */
public enum MembershipStatus {

	PARTY, SIGNATORY

}
