package org.synergies.drafts;

import java.util.UUID;

/**
 * Someone commented on a draft; the Secretariat is told.
 *
 * @param path where the draft is read
 */
public record DraftCommented(UUID comment, String kind, UUID draft, int number, String authorName, String path) {
}
