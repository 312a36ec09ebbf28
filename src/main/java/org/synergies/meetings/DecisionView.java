package org.synergies.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A decision as recorded. It never changes.
 *
 * @param reference how documents cite it, e.g. "StC48/2018/3" or "Decision 13.AA"
 * @param corrects the earlier decision this one corrects, if any
 * @param recordedBy the officer who recorded it: shown to the Secretariat only (null for
 * anyone else, see {@link #withoutRecorder()})
 */
public record DecisionView(UUID id, UUID body, @Nullable UUID meeting, DecisionProcedure procedure, String reference,
		LocalDate adoptedOn, String text, @Nullable UUID corrects, Instant recordedAt, @Nullable String recordedBy) {

	/**
	 * The decision as the public reads it: without the name of the officer who recorded
	 * it.
	 */
	public DecisionView withoutRecorder() {
		return new DecisionView(this.id, this.body, this.meeting, this.procedure, this.reference, this.adoptedOn,
				this.text, this.corrects, this.recordedAt, null);
	}

}
