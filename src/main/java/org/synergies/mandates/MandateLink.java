package org.synergies.mandates;

import java.time.Instant;
import java.util.UUID;

/**
 * A record linked to a text or paragraph it implements.
 *
 * @param mandate the revision of the text it was linked to
 */
public record MandateLink(UUID id, UUID mandate, MandateAddress address, LinkedRecord record, String linkedBy,
		Instant linkedAt) {
}
