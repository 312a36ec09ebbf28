package org.synergies.accreditation.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.accreditation.AccreditationStatus;
import org.synergies.accreditation.AccreditationView;

/** An NGO partner's accreditation through the API, as the register shows it. */
record AccreditationResponse(UUID id, UUID organization, String organizationName, @Nullable String country,
		UUID application, int processNumber, UUID decision, String decisionReference, LocalDate validFrom,
		LocalDate validUntil, AccreditationStatus status, @Nullable String statusReason, long version) {

	static AccreditationResponse of(AccreditationView view) {
		return new AccreditationResponse(view.id(), view.organization(), view.organizationName(), view.country(),
				view.application(), view.processNumber(), view.decision(), view.decisionReference(), view.validFrom(),
				view.validUntil(), view.status(), view.statusReason(), view.version());
	}

}
