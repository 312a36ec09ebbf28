package org.synergies.accreditation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.accreditation.CallView;

/**
 * A call for applications through the API; {@code closesOn} is the last day applications
 * may be submitted.
 */
record CallResponse(UUID id, UUID process, int processNumber, LocalDate opensOn, LocalDate closesOn,
		@Nullable Instant invitationsSentAt) {

	static CallResponse of(CallView call) {
		return new CallResponse(call.id(), call.process(), call.processNumber(), call.opensOn(), call.closesOn(),
				call.invitationsSentAt());
	}

}
