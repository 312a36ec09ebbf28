package org.synergies.mandates;

/**
 * What the Secretariat proposes to the meeting at which a decision lapses: to renew it
 * (it stays in force until the meeting after), to delete it, or nothing yet.
 */
public enum RenewalProposal {

	UNDECIDED, RENEW, DELETE

}
