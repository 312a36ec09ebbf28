/**
 * Agreements between the CMS Secretariat (or an Agreement secretariat of the CMS Family)
 * and partner organizations: memoranda of understanding and of cooperation, partnership
 * agreements, joint work programmes and plans, letters of agreement; their parties,
 * signature, validity, renewal terms and signed document. Agreements under negotiation
 * are internal to the Secretariat; all others are public. An agreement may carry a work
 * plan: goals, deliverables and their progress, reported by partners and reviewed by the
 * Secretariat.
 */
@ApplicationModule(allowedDependencies = { "shared", "system", "audit", "mandates", "accounts", "organizations",
		"reference", "meetings", "files", "documents", "messaging" })
@NullMarked
package org.synergies.agreements;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
