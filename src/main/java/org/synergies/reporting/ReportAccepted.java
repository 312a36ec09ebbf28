package org.synergies.reporting;

import java.util.UUID;

/**
 * The Secretariat accepted a submitted report, public or internal.
 *
 * @param version the report's version after acceptance
 */
public record ReportAccepted(UUID report, UUID organization, UUID cycle, String meeting, Visibility visibility,
		long version) {
}
