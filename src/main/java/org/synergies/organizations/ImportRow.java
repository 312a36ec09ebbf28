package org.synergies.organizations;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.FieldProblem;

/**
 * One line of an import file, as the preview shows it.
 *
 * @param line the line (CSV) or row (XLSX) number, counting the header as 1
 * @param changes for a match, the fields the import would change
 */
public record ImportRow(int line, @Nullable String officialName, Outcome outcome, @Nullable UUID match,
		@Nullable String matchName, List<String> changes, List<FieldProblem> problems) {

	public enum Outcome {

		/** Not in the registry: will be created. */
		NEW,
		/** Already in the registry: its empty or different fields will be updated. */
		MATCH,
		/** Cannot be imported; see the problems. */
		INVALID

	}

	public boolean isValid() {
		return this.outcome != Outcome.INVALID;
	}

}
