package org.synergies.accounts;

import java.util.UUID;

/**
 * An account's password changed, by its owner or through a reset link: its other sessions
 * have ended and its API tokens are revoked. Carries no password and no link, because the
 * event is stored until its listeners have run.
 *
 * @param version the account's version after the change, which tells two changes apart
 * @param reset whether it was set through a reset link rather than by its owner signed in
 */
public record PasswordChanged(UUID account, long version, boolean reset) {
}
