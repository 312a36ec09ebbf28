/**
 * Generated documents: HTML templates rendered in the document's language and turned into
 * PDF with the fonts embedded, so that any script reads the same everywhere.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package org.synergies.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
