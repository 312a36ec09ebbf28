package org.synergies.countries;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.FieldProblem;

/**
 * One line of an import file, as the preview shows it.
 *
 * @param line the line (CSV) or row (XLSX) number, counting the header as 1
 * @param label what the line is about: "IN · CMS", or the focal point's name
 * @param match the record it would update
 */
public record CountryImportRow(int line, String label, Outcome outcome, @Nullable UUID match,
		List<FieldProblem> problems) {

	public enum Outcome {

		/** Will be recorded. */
		NEW,
		/** Will update the record it matches. */
		MATCH,
		/** Cannot be imported; see the problems. */
		INVALID

	}

	public boolean isValid() {
		return this.outcome != Outcome.INVALID;
	}

}
