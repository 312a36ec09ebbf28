/**
 * The partner registry: every organization the CMS Family works with (other conventions'
 * secretariats, UN bodies, NGOs, companies, indigenous peoples' and youth organizations),
 * its profile, contacts and members; the public directory; duplicates and their merging;
 * import and export.
 */
@ApplicationModule(
		allowedDependencies = { "shared", "system", "audit", "accounts", "reference", "messaging", "documents" })
@NullMarked
package org.synergies.organizations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
