package org.synergies.reporting.internal;

import java.time.LocalDate;

/**
 * What a report allows today, as the report decides it, for pages to ask instead of
 * comparing statuses and dates themselves.
 *
 * @param deadline the last day for its organization (with an extension)
 * @param mayEdit the organization may save answers, attach files, ask colleagues
 * @param locked a draft or returned report the organization can no longer change (the
 * deadline passed, or the cycle is not open yet)
 * @param maySubmit the organization may hand it in (if complete)
 * @param mayReturn the Secretariat may return it with comments
 * @param mayAccept the Secretariat may accept it
 * @param mayPublish the Secretariat may publish it or take it back to internal
 */
public record ReportActions(LocalDate deadline, boolean mayEdit, boolean locked, boolean maySubmit, boolean mayReturn,
		boolean mayAccept, boolean mayPublish) {

	static ReportActions of(Report report, ReportingDeadline deadline) {
		return new ReportActions(deadline.closesOn(), report.allows(ReportAction.SAVE, deadline),
				report.status().isEditable() && !deadline.isOpen(), report.allows(ReportAction.SUBMIT, deadline),
				report.allows(ReportAction.RETURN, deadline), report.allows(ReportAction.ACCEPT, deadline),
				report.allows(ReportAction.PUBLISH, deadline));
	}

}
