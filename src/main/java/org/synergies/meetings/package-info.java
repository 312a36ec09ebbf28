/**
 * Governing bodies of the instruments of the CMS Family (the Conference of the Parties,
 * the Standing Committee, the Scientific Council and its Sessional Committee,
 * intersessional working groups; the Agreements' Meetings of the Parties and the
 * Memoranda's Meetings of the Signatories), their meetings, and the decisions they take
 * at a meeting or intersessionally by written procedure. A recorded decision never
 * changes: a correction is a new decision that refers to it.
 */
@ApplicationModule(allowedDependencies = { "shared", "system", "audit", "reference" })
@NullMarked
package org.synergies.meetings;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
