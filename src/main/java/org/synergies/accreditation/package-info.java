/**
 * The special accreditation of NGO partners (UNEP/CMS/COP13/Doc.18, Annex 2, draft
 * decisions 13.AA–13.CC): the process drafted by an intersessional working group and
 * adopted by the Standing Committee as versioned data; calls for applications;
 * applications screened by the Secretariat and decided by the Standing Committee; the
 * public register of accredited NGO partners and its document for the Committee or the
 * COP.
 */
@ApplicationModule(allowedDependencies = { "shared", "system", "audit", "mandates", "accounts", "organizations",
		"meetings", "files", "messaging", "documents", "drafts" })
@NullMarked
package org.synergies.accreditation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
