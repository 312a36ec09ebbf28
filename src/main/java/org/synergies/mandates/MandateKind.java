package org.synergies.mandates;

/**
 * Resolutions stay in force until repealed; decisions are time-bound (usually until the
 * next meeting of the Conference of the Parties).
 */
public enum MandateKind {

	RESOLUTION, DECISION;

	/** The address of a text of this kind: "11.10" for a resolution, "decision-13.AA". */
	public String slug(String number) {
		return this == RESOLUTION ? number : "decision-" + number;
	}

}
