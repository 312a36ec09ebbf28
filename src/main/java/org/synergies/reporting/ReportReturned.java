package org.synergies.reporting;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The Secretariat returned a submitted report with a comment.
 *
 * @param answerBy the organization's deadline to submit it again
 * @param version the report's version after its return
 */
public record ReportReturned(UUID report, UUID organization, UUID cycle, String meeting, String comment,
		LocalDate answerBy, long version) {
}
