package org.synergies.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One organization in a reporting cycle, as the Secretariat follows it.
 *
 * @param mustReport an accredited NGO partner, which must report
 * @param invited invited to report
 * @param progress how far its report is
 * @param late the deadline (or its extension) has passed and nothing was handed in
 * @param deadline its deadline, extension included
 */
public record CycleRow(UUID organization, String organizationName, @Nullable String country, boolean mustReport,
		boolean invited, @Nullable UUID report, Progress progress, boolean late, @Nullable Instant submittedAt,
		LocalDate deadline, @Nullable Visibility visibility) {

	/** How far a report is; NOT_STARTED when none exists. */
	public enum Progress {

		NOT_STARTED, DRAFT, SUBMITTED, RETURNED, ACCEPTED;

		/** Whether the Secretariat accepted the report. */
		public boolean isAccepted() {
			return this == ACCEPTED;
		}

	}

}
