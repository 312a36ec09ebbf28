package org.synergies.reporting;

import java.util.UUID;

/**
 * An organization submitted its report for a reporting cycle.
 *
 * @param meeting the code of the meeting the cycle reports to, e.g. "COP14"
 * @param version the report's version after submission: with the id, names this
 * submission
 */
public record ReportSubmitted(UUID report, UUID organization, UUID cycle, String meeting, long version) {
}
