package org.synergies.reporting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.reporting.CycleRow;
import org.synergies.reporting.CycleRow.Progress;
import org.synergies.reporting.Visibility;

/** One organization in a reporting cycle and its report's progress, through the API. */
record CycleOrganizationResponse(UUID organization, String organizationName, @Nullable String country,
		boolean mustReport, boolean invited, @Nullable UUID report, Progress progress, boolean late,
		@Nullable Instant submittedAt, LocalDate deadline, @Nullable Visibility visibility) {

	static CycleOrganizationResponse of(CycleRow row) {
		return new CycleOrganizationResponse(row.organization(), row.organizationName(), row.country(),
				row.mustReport(), row.invited(), row.report(), row.progress(), row.late(), row.submittedAt(),
				row.deadline(), row.visibility());
	}

}
