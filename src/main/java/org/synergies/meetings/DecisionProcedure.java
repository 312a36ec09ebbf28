package org.synergies.meetings;

/**
 * How a decision was taken: in session at a meeting, or intersessionally by written
 * procedure.
 */
public enum DecisionProcedure {

	MEETING, WRITTEN_PROCEDURE

}
