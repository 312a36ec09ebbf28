package org.synergies.organizations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an import file would do, before anything is written.
 */
public record ImportPreview(UUID id, String fileName, Instant createdAt, Status status, List<ImportRow> rows) {

	public enum Status {

		PREVIEW, APPLIED, CANCELLED;

		/** Whether it was applied to the registry. */
		public boolean isApplied() {
			return this == APPLIED;
		}

		/** Whether it may still be applied. */
		public boolean isPreview() {
			return this == PREVIEW;
		}

	}

	/**
	 * How the officer applies it: every valid row, or all rows and none if one is
	 * invalid.
	 */
	public enum Mode {

		VALID_ROWS, ALL_OR_NOTHING

	}

	public long count(ImportRow.Outcome outcome) {
		return this.rows.stream().filter(row -> row.outcome() == outcome).count();
	}

	public boolean hasInvalidRows() {
		return count(ImportRow.Outcome.INVALID) > 0;
	}

}
