package org.synergies.meetings.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.DecisionView;

/**
 * A governing body's decision through the API; {@code recordedBy} only for the
 * Secretariat.
 */
record DecisionResponse(UUID id, UUID body, @Nullable UUID meeting, DecisionProcedure procedure, String reference,
		LocalDate adoptedOn, String text, @Nullable UUID corrects, Instant recordedAt, @Nullable String recordedBy) {

	static DecisionResponse of(DecisionView decision) {
		return new DecisionResponse(decision.id(), decision.body(), decision.meeting(), decision.procedure(),
				decision.reference(), decision.adoptedOn(), decision.text(), decision.corrects(), decision.recordedAt(),
				decision.recordedBy());
	}

}
