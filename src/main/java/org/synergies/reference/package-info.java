/**
 * Reference data every capability points at: the instruments of the CMS Family (the
 * Convention, its Agreements and Memoranda of Understanding) and the species groups they
 * cover, named in English, French and Spanish. Kept in the database by migrations.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package org.synergies.reference;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
