package org.synergies.organizations;

import java.io.Serializable;

/**
 * What applying an import did. Serializable: it is shown once after a redirect (flash
 * attribute in the shared session).
 */
public record ImportResult(int created, int updated, int skipped) implements Serializable {
}
