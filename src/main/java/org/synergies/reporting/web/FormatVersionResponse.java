package org.synergies.reporting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.reporting.TemplateContent;
import org.synergies.reporting.TemplateView;
import org.synergies.shared.VersionStatus;

/**
 * A version of the reporting format as the API gives it.
 *
 * @param adoptedBy the Standing Committee decision that adopted it
 * @param version the revision a writer sends back with a change
 */
record FormatVersionResponse(UUID id, int number, VersionStatus status, boolean inForce, TemplateContent content,
		@Nullable UUID adoptedBy, @Nullable LocalDate adoptedOn, @Nullable Instant submittedAt, Instant createdAt,
		Instant updatedAt, long version) {

	static FormatVersionResponse of(TemplateView format) {
		return new FormatVersionResponse(format.id(), format.number(), format.status(), format.isInForce(),
				format.content(), format.adoptedBy(), format.adoptedOn(), format.submittedAt(), format.createdAt(),
				format.updatedAt(), format.version());
	}

}
