package org.synergies.meetings;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A decision to record. At a meeting: the meeting of the same body, on one of its days.
 * By written procedure: no meeting.
 */
public record NewDecision(@Nullable UUID body, @Nullable UUID meeting, @Nullable DecisionProcedure procedure,
		@Nullable String reference, @Nullable LocalDate adoptedOn, @Nullable String text, @Nullable UUID corrects) {
}
