package org.synergies.files;

import java.time.Instant;
import java.util.UUID;

/**
 * A file as kept: its id (which is also its storage name), the name it was uploaded
 * under, its kind as detected from its content, its size and SHA-256.
 */
public record StoredFile(UUID id, String name, FileKind kind, long size, String sha256, Instant storedAt) {
}
