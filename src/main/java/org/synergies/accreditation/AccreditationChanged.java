package org.synergies.accreditation;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An accreditation was granted, or its status changed (suspended, withdrawn, reinstated):
 * for modules that follow accredited NGO partners, and for the organization's e-mail.
 *
 * @param reason the reason recorded with the status, if any
 * @param decision the Standing Committee's decision that made the change, or {@code null}
 * when the Secretariat changed the register (suspension, withdrawal, reinstatement)
 * @param version the accreditation's version after the change
 */
public record AccreditationChanged(UUID accreditation, UUID organization, AccreditationStatus status,
		LocalDate validFrom, LocalDate validUntil, @Nullable String reason, @Nullable UUID decision, long version) {
}
