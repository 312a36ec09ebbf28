package org.synergies.agreements;

/**
 * Where an agreement stands. {@link #EXPIRED} is never stored: an agreement whose
 * validity has passed is expired from that day on, as the clock says. {@link #EXTENDED}
 * and {@link #TERMINATED} are reached only through a decision of a governing body.
 */
public enum AgreementStatus {

	UNDER_NEGOTIATION, SIGNED, IN_FORCE, EXPIRED, EXTENDED, TERMINATED;

	/**
	 * Agreements under negotiation are internal to the Secretariat; the others public.
	 */
	public boolean isPublic() {
		return this != UNDER_NEGOTIATION;
	}

}
