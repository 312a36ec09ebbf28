package org.synergies.accreditation;

import java.time.Instant;
import java.util.UUID;

public record ProcessComment(UUID id, UUID process, UUID author, String authorName, String text, Instant createdAt) {
}
