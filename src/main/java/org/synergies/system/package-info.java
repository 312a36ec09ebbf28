/**
 * Cross-cutting web plumbing: security filter chains and headers, languages, page layout,
 * error pages and API problem details. Knows no business module; modules plug in through
 * {@link org.synergies.system.PublicEndpoints} and the {@link org.synergies.system.Actor}
 * principal.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package org.synergies.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
