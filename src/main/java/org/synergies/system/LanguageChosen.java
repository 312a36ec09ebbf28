package org.synergies.system;

import java.util.UUID;

import org.synergies.shared.Language;

/**
 * A signed-in person switched the interface language; their account remembers it so that
 * e-mails reach them in that language too.
 */
public record LanguageChosen(UUID actorId, Language language) {
}
