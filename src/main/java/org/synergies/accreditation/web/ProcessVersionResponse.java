package org.synergies.accreditation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.accreditation.ProcessContent;
import org.synergies.accreditation.ProcessView;
import org.synergies.shared.VersionStatus;

/**
 * A version of the accreditation process as the API gives it.
 *
 * @param adoptedBy the Standing Committee decision that adopted it
 * @param version the revision a writer sends back with a change
 */
record ProcessVersionResponse(UUID id, int number, VersionStatus status, boolean inForce, @Nullable UUID workingGroup,
		ProcessContent content, @Nullable UUID adoptedBy, @Nullable LocalDate adoptedOn, @Nullable Instant submittedAt,
		Instant createdAt, Instant updatedAt, long version) {

	static ProcessVersionResponse of(ProcessView process) {
		return new ProcessVersionResponse(process.id(), process.number(), process.status(), process.isInForce(),
				process.workingGroup(), process.content(), process.adoptedBy(), process.adoptedOn(),
				process.submittedAt(), process.createdAt(), process.updatedAt(), process.version());
	}

}
