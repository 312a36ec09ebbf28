/**
 * Shared kernel: value types every module speaks (languages, countries), the exceptions
 * that carry a business rule to the user in their language, and the life of a text the
 * Standing Committee adopts in versions.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.synergies.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
