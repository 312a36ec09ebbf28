package org.synergies.countries;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a memberships or focal points file would do, before anything is written. */
public record CountryImportPreview(UUID id, Kind kind, String fileName, Instant createdAt, boolean applied,
		List<CountryImportRow> rows) {

	/** What a file holds, each with its own columns. */
	public enum Kind {

		MEMBERSHIPS, FOCAL_POINTS

	}

	/**
	 * How the officer applies it: every valid row, or all rows and none if one is
	 * invalid.
	 */
	public enum Mode {

		VALID_ROWS, ALL_OR_NOTHING

	}

	public long count(CountryImportRow.Outcome outcome) {
		return this.rows.stream().filter(row -> row.outcome() == outcome).count();
	}

}
