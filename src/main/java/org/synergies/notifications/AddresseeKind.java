package org.synergies.notifications;

/** An addressee is a country (by ISO code) or an organization of the registry (by id). */
public enum AddresseeKind {

	COUNTRY, ORGANIZATION

}
