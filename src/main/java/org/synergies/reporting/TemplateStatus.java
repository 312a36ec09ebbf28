package org.synergies.reporting;

/**
 * Where a version of the reporting template stands: written as a draft, submitted to the
 * Standing Committee, adopted (the one in force), superseded by a later version.
 */
public enum TemplateStatus {

	DRAFT, SUBMITTED, ADOPTED, SUPERSEDED

}
