package org.synergies.accreditation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An accreditation was granted, or its status changed (suspended, withdrawn, reinstated):
 * for modules that follow accredited NGO partners, e.g. their reporting obligation.
 */
public record AccreditationChanged(UUID accreditation, UUID organization, AccreditationStatus status,
		LocalDate validFrom, LocalDate validUntil) {
}
