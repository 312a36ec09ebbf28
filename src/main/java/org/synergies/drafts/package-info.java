/**
 * Comments on the record on drafts of the texts the Standing Committee adopts (the
 * accreditation process, the reporting format): the working group, the Committee and the
 * Secretariat comment on a version while it is drafted or submitted; a comment is never
 * changed nor removed (a correction is a new comment), and the Secretariat is told of
 * each by e-mail. The module that owns a text decides who reads its drafts and calls
 * {@link org.synergies.drafts.DraftComments}.
 */
@ApplicationModule(allowedDependencies = { "shared", "system", "audit", "accounts", "messaging" })
@NullMarked
package org.synergies.drafts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
