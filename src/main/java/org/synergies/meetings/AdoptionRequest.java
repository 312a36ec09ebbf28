package org.synergies.meetings;

import java.util.UUID;

/**
 * The body of every {@code …/{id}/adopt} request in the API, whatever the text: the
 * decision of the Standing Committee that adopts the version. One type, so that the
 * published description names it once.
 */
public record AdoptionRequest(UUID decision) {
}
