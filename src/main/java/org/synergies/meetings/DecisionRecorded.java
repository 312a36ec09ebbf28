package org.synergies.meetings;

import java.util.UUID;

/**
 * A governing body's decision was recorded.
 */
public record DecisionRecorded(UUID decision, UUID body, String reference) {
}
