/**
 * The audit trail: who changed what, when (UTC), with the values before and after,
 * written in the same transaction as the change and never altered afterwards.
 */
@ApplicationModule(allowedDependencies = { "shared", "system" })
@NullMarked
package org.synergies.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
