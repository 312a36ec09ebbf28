package org.synergies.agreements;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * When and where an agreement was signed: a place, or the meeting at which it was signed
 * (Born Free Foundation's partnership agreement, at ScC-SC3).
 */
public record AgreementSignature(@Nullable LocalDate signedOn, @Nullable String place, @Nullable UUID meeting) {

	public AgreementSignature {
		place = place == null || place.isBlank() ? null : place.strip();
	}

}
