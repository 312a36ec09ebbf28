package org.synergies.accounts;

import java.util.UUID;

/**
 * An invited person accepted their invitation and chose a password: the account is
 * active. Published within the transaction that activates it, so what other modules do in
 * answer (joining an organization the person was invited to) is committed with it.
 */
public record AccountActivated(UUID account) {
}
