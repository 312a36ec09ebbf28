package org.synergies.accreditation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A call for applications under the process version in force.
 *
 * @param closesOn the deadline: the last day applications may be submitted
 */
public record CallView(UUID id, UUID process, int processNumber, LocalDate opensOn, LocalDate closesOn,
		@Nullable Instant invitationsSentAt) {

	public boolean isOpen(LocalDate today) {
		return !today.isBefore(this.opensOn) && !today.isAfter(this.closesOn);
	}

}
