package org.synergies.accreditation;

import java.util.UUID;

/**
 * An application for accreditation moved from one status to another (submitted, returned,
 * forwarded, decided, …), in the transaction that moved it.
 */
public record ApplicationStatusChanged(UUID application, UUID organization, ApplicationStatus from,
		ApplicationStatus to) {
}
