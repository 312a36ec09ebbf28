package org.synergies.accreditation;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An NGO partner's accreditation, as the register shows it.
 *
 * @param processNumber the version of the process it was granted under
 * @param decisionReference the Standing Committee decision that granted it
 */
public record AccreditationView(UUID id, UUID organization, String organizationName, @Nullable String country,
		UUID application, int processNumber, UUID decision, String decisionReference, LocalDate validFrom,
		LocalDate validUntil, AccreditationStatus status, @Nullable String statusReason, long version) {

	public boolean isExpired(LocalDate today) {
		return this.validUntil.isBefore(today);
	}

	/** Active and within its validity: what the public register lists. */
	public boolean isInForce(LocalDate today) {
		return this.status == AccreditationStatus.ACTIVE && !isExpired(today);
	}

}
