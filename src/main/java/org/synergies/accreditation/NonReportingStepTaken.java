package org.synergies.accreditation;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The register took a step about a missed reporting deadline (a warning, a proposal to
 * the Standing Committee): the organization and, for a proposal, the Secretariat are
 * told.
 *
 * @param nextStepOn when the next step comes if the report is still missing (the
 * suspension proposal after a warning), or {@code null}
 */
public record NonReportingStepTaken(UUID step, UUID accreditation, UUID organization, NonReportingStep.Kind kind,
		String meeting, LocalDate deadline, @Nullable LocalDate nextStepOn) {
}
