package org.synergies.accreditation;

import java.util.UUID;

/**
 * The Standing Committee adopted a version of the accreditation process; it is now the
 * one in force.
 */
public record ProcessAdopted(UUID process, int number, UUID decision) {
}
