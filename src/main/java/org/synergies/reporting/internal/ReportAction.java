package org.synergies.reporting.internal;

/**
 * What may be done with a report: the organization saves (answers, files, colleagues
 * asked to contribute) and submits; the Secretariat returns, accepts and publishes.
 */
enum ReportAction {

	SAVE, SUBMIT, RETURN, ACCEPT, PUBLISH

}
