package org.synergies.accreditation;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * What accredited NGO partners owe in reporting, told by the module that runs reporting
 * (the register must not depend on it): the organizations whose report is overdue.
 */
public interface ReportingObligations {

	/**
	 * @return for each organization with an overdue report, the meeting it was due for
	 * (e.g. "COP14")
	 */
	Map<UUID, String> overdue();

	/**
	 * @return for each organization with an overdue report, the deadline it missed (its
	 * own, when it was given an extension)
	 */
	Map<UUID, MissedDeadline> missed();

	/**
	 * A reporting deadline an organization let pass without handing in its report.
	 *
	 * @param meeting the meeting the report was due for, e.g. "COP14"
	 * @param deadline the last day it could hand it in
	 */
	record MissedDeadline(String meeting, LocalDate deadline) {
	}

}
