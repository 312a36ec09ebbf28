package org.synergies.drafts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.accreditation.AccreditationProcesses;
import org.synergies.accreditation.ProcessContent;
import org.synergies.accreditation.ProcessView;
import org.synergies.reporting.internal.ReportingTemplates;
import org.synergies.reporting.TemplateView;
import org.synergies.shared.VersionStatus;
import org.synergies.support.TestAccreditation;

/**
 * Drafts of the two texts, whatever the tests before left behind (one draft of each at a
 * time): a version being worked on is reused or got out of the way.
 */
final class Drafts {

	private Drafts() {
	}

	/** A draft of the format: the current one if still a draft, else a new one. */
	static TemplateView formatDraft(ReportingTemplates templates, TestAccreditation accreditation) {
		TemplateView current = templates.currentDraft().orElse(null);
		if (current != null && current.status() == VersionStatus.DRAFT) {
			return current;
		}
		if (current != null) {
			templates.adopt(current.id(), accreditation.writtenDecision("Adopts the format.").id());
		}
		return templates.startDraft();
	}

	/** A format version submitted to the Standing Committee. */
	static TemplateView formatSubmitted(ReportingTemplates templates, TestAccreditation accreditation) {
		return templates.submit(formatDraft(templates, accreditation).id());
	}

	/** A format version adopted by a decision of its own. */
	static TemplateView formatAdopted(ReportingTemplates templates, TestAccreditation accreditation) {
		TemplateView submitted = formatSubmitted(templates, accreditation);
		return templates.adopt(submitted.id(), accreditation.writtenDecision("Adopts the format.").id());
	}

	/** A complete draft of the process referring to a format version. */
	static ProcessView processDraft(AccreditationProcesses processes, @Nullable UUID format) {
		ProcessView current = processes.currentDraft().orElseGet(() -> processes.startDraft(null));
		if (current.status() == VersionStatus.SUBMITTED) {
			current = processes.returnToDraft(current.id());
		}
		ProcessContent content = TestAccreditation.CONTENT;
		return processes.write(current.id(), current.version(),
				new ProcessContent(content.textEn(), content.textFr(), content.textEs(), content.validityYears(),
						format, content.reportingIntervalMonths(), content.criteria(), content.documents()));
	}

}
