package org.synergies.accreditation;

import java.util.UUID;

import org.synergies.accreditation.ApplicationAction.Outcome;

/**
 * The Standing Committee decided on an application (or corrected its decision), by the
 * recorded decision {@code decision} of the meetings module.
 */
public record ApplicationDecided(UUID application, UUID organization, Outcome outcome, UUID decision) {
}
