package org.synergies.countries;

import java.io.Serializable;

/**
 * What applying an import did. Serializable: it is shown once after a redirect (flash
 * attribute in the shared session).
 */
public record CountryImportResult(int created, int updated, int skipped) implements Serializable {
}
