package org.synergies.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One change to one record, as the history panel shows it.
 *
 * @param changes the fields whose value differs between before and after
 */
public record AuditEntry(UUID id, Instant at, @Nullable UUID actorId, String actorName, String entityType,
		UUID entityId, String action, List<FieldChange> changes) {

	public record FieldChange(String field, @Nullable String before, @Nullable String after) {
	}

}
