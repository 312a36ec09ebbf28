package org.synergies.mandates;

/**
 * Who a decision or an operative paragraph is directed to, as the Convention's texts name
 * them ("Directed to the Secretariat", "Directed to Parties and NGOs"). Declared in the
 * order the annexes of draft decisions group them.
 */
public enum Addressee {

	SECRETARIAT, PARTIES, NGOS, OTHER_ORGANIZATIONS, STANDING_COMMITTEE, SCIENTIFIC_COUNCIL, CONFERENCE_OF_THE_PARTIES

}
