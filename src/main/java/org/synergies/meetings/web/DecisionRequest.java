package org.synergies.meetings.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.NewDecision;

/**
 * A decision of a governing body to record: at one of its meetings, or by written
 * procedure (no meeting).
 */
record DecisionRequest(@Nullable UUID body, @Nullable UUID meeting, @Nullable DecisionProcedure procedure,
		@Nullable String reference, @Nullable LocalDate adoptedOn, @Nullable String text, @Nullable UUID corrects) {

	NewDecision decision() {
		return new NewDecision(this.body, this.meeting, this.procedure, this.reference, this.adoptedOn, this.text,
				this.corrects);
	}

}
