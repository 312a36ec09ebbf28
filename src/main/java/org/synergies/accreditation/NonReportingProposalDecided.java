package org.synergies.accreditation;

import java.util.UUID;

/**
 * The Standing Committee decided a proposal about non-reporting (suspension,
 * reinstatement, withdrawal): the organization is told.
 */
public record NonReportingProposalDecided(UUID step, UUID accreditation, UUID organization, NonReportingStep.Kind kind,
		NonReportingStep.Outcome outcome, UUID decision) {
}
