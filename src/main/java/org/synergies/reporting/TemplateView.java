package org.synergies.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.VersionStatus;

/**
 * A version of the reporting template.
 *
 * @param adoptedBy the Standing Committee decision that adopted it
 */
public record TemplateView(UUID id, int number, VersionStatus status, TemplateContent content, @Nullable UUID adoptedBy,
		@Nullable LocalDate adoptedOn, @Nullable Instant submittedAt, Instant createdAt, Instant updatedAt,
		long version) {

	public boolean isInForce() {
		return this.status == VersionStatus.ADOPTED;
	}

	public boolean isPublic() {
		return this.status == VersionStatus.ADOPTED || this.status == VersionStatus.SUPERSEDED;
	}

}
