/**
 * Outbound e-mail. Messages are rendered in the recipient's language, kept in an outbox
 * in the same transaction as the change that caused them, and delivered over SMTP by a
 * dispatcher that several application nodes can run at once. Without an SMTP server (the
 * embedded default) they stay in the outbox, readable by administrators; a message's
 * secrets (a single-use link) are never readable there, and without an SMTP server not
 * kept at all.
 */
@ApplicationModule(allowedDependencies = { "shared", "system" })
@NullMarked
package org.synergies.messaging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
