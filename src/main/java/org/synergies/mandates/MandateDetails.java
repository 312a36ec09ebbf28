package org.synergies.mandates;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the Secretariat enters to record a resolution or a decision.
 *
 * @param number "11.10" for a resolution, "13.AA" or "13.1" for a decision
 * @param revision "COP12" when the text is a revision, none otherwise
 * @param meeting the meeting that adopted it (or will consider it, for a draft)
 */
public record MandateDetails(@Nullable MandateKind kind, @Nullable String number, @Nullable String revision,
		@Nullable String titleEn, @Nullable String titleFr, @Nullable String titleEs, @Nullable UUID meeting,
		@Nullable MandateStatus status) {
}
