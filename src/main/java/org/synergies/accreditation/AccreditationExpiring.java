package org.synergies.accreditation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An accreditation ends soon: its organization is warned once (see
 * {@link AccreditationRegister#warnExpiring}).
 */
public record AccreditationExpiring(UUID accreditation, UUID organization, LocalDate validUntil) {
}
