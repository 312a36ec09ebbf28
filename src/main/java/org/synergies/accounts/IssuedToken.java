package org.synergies.accounts;

/**
 * A token just created: the only moment its secret is known; it is shown once and then
 * only its hash is kept.
 */
public record IssuedToken(ApiTokenView token, String secret) {
}
