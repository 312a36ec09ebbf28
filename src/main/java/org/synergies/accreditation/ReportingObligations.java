package org.synergies.accreditation;

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

}
