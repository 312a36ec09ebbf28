package org.synergies.reporting.internal;

import org.synergies.reporting.TemplateContent;
import org.synergies.reporting.ReportAnswers;
import java.util.List;
import java.util.UUID;

import org.synergies.shared.FieldProblem;

/** A report's format as its template version describes it. */
record TemplateFormat(TemplateContent template, TemplateJson json, AnswerChecks checks, ReportFiles files,
		UUID report) implements ReportFormat {

	@Override
	public List<FieldProblem> incompleteness(String answers) {
		return this.checks.check(this.template, typed(answers), true);
	}

	@Override
	public List<FieldProblem> foreignFiles(String answers) {
		return this.files.foreign(this.report, typed(answers));
	}

	private ReportAnswers typed(String answers) {
		return ReportAnswers.tidy(this.template, this.json.answers(answers));
	}

}
