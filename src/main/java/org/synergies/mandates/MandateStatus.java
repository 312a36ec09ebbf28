package org.synergies.mandates;

/** A draft is the Secretariat's own; an adopted text is public. */
public enum MandateStatus {

	DRAFT, ADOPTED

}
