/**
 * Reference data every capability points at: the instruments of the CMS Family (the
 * Convention, its Agreements and Memoranda of Understanding), the species groups they
 * cover, the 16 targets of the Strategic Plan for Migratory Species 2015–2023 and the CMS
 * regions with the region of every country, named in English, French and Spanish. Kept in
 * the database by migrations.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package org.synergies.reference;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
