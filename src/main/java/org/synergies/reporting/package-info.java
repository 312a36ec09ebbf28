/**
 * Civil-society reporting: the reporting template as versioned data adopted by the
 * Standing Committee, reporting cycles tied to a governing-body meeting, reports by NGO
 * partners (drafts, colleagues, submission, return, acceptance, publication) and
 * reminders; the accepted reports of a cycle are published to the compilation through
 * {@link org.synergies.reporting.AcceptedReports}.
 */
@ApplicationModule(allowedDependencies = { "shared", "system", "audit", "mandates", "accounts", "organizations",
		"reference", "meetings", "accreditation", "files", "messaging", "drafts" })
@NullMarked
package org.synergies.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
