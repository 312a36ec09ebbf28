package org.synergies.reporting.internal;

import java.util.List;

import org.synergies.shared.FieldProblem;

/**
 * What a report's format says about its answers (a JSON document), so that the report can
 * guard its own rules: what keeps it from being submitted, and which file answers name a
 * file that is not one of its own.
 */
interface ReportFormat {

	/** Every required field left empty and every value that is not valid. */
	List<FieldProblem> incompleteness(String answers);

	/**
	 * The file answers naming a file neither uploaded nor carried forward to the report.
	 */
	List<FieldProblem> foreignFiles(String answers);

}
