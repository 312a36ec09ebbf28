/**
 * Civil-society reporting: the reporting template as versioned data adopted by the
 * Standing Committee, reporting cycles tied to a governing-body meeting, reports by NGO
 * partners (drafts, colleagues, submission, return, acceptance, publication), reminders,
 * and the compiled information document for the governing body.
 */
@ApplicationModule(allowedDependencies = { "shared", "system", "audit", "accounts", "organizations", "reference",
		"meetings", "accreditation", "files", "messaging", "documents" })
@NullMarked
package org.synergies.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
