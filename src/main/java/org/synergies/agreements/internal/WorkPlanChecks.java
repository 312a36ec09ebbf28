package org.synergies.agreements.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.synergies.agreements.AgreementView;
import org.synergies.agreements.DeliverableDetails;
import org.synergies.agreements.ProgressReport;
import org.synergies.agreements.WorkPlanGoalDetails;
import org.synergies.reference.ReferenceData;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.UnDates;
import org.synergies.shared.Language;

/**
 * What a work plan's goals, deliverables and progress notes must be: a deliverable is due
 * within the agreement's validity, starts before it is due, is the responsibility of one
 * of the agreement's partners (or of the secretariat) and serves targets the Strategic
 * Plan has; a note says something, on a day not to come, with a percentage from 0 to 100.
 */
@Component
public class WorkPlanChecks {

	static final int NOTE_LENGTH = 4000;

	private final ReferenceData reference;

	WorkPlanChecks(ReferenceData reference) {
		this.reference = reference;
	}

	public List<FieldProblem> check(WorkPlanGoalDetails details) {
		List<FieldProblem> problems = new ArrayList<>();
		title(problems, "titleEn", details.titleEn(), true);
		title(problems, "titleFr", details.titleFr(), false);
		title(problems, "titleEs", details.titleEs(), false);
		return problems;
	}

	/**
	 * @param goalOfAgreement whether the goal named is one of this agreement's work plan
	 */
	public List<FieldProblem> check(DeliverableDetails details, AgreementView agreement, boolean goalOfAgreement) {
		List<FieldProblem> problems = new ArrayList<>();
		if (details.goal() == null || !goalOfAgreement) {
			problems.add(new FieldProblem("goal", "validation.choose"));
		}
		title(problems, "titleEn", details.titleEn(), true);
		title(problems, "titleFr", details.titleFr(), false);
		title(problems, "titleEs", details.titleEs(), false);
		if (details.responsible() != null && !agreement.partners().contains(details.responsible())) {
			problems.add(new FieldProblem("responsible", "work-plan.rule.responsible-not-partner"));
		}
		LocalDate due = details.dueOn();
		if (due == null) {
			problems.add(new FieldProblem("dueOn", "validation.required"));
		}
		else {
			if (agreement.validUntil() != null && due.isAfter(agreement.validUntil())) {
				problems.add(new FieldProblem("dueOn", "work-plan.rule.due-after-end",
						UnDates.phrase(agreement.validUntil())));
			}
			if (agreement.validFrom() != null && due.isBefore(agreement.validFrom())) {
				problems.add(new FieldProblem("dueOn", "work-plan.rule.due-before-start",
						UnDates.phrase(agreement.validFrom())));
			}
			if (details.startsOn() != null && details.startsOn().isAfter(due)) {
				problems.add(new FieldProblem("startsOn", "work-plan.rule.dates-order"));
			}
		}
		for (Integer target : details.targets()) {
			if (target == null || this.reference.strategicPlanTarget(target).isEmpty()) {
				problems.add(new FieldProblem("targets", "work-plan.rule.unknown-target", String.valueOf(target)));
			}
		}
		return problems;
	}

	public List<FieldProblem> check(ProgressReport report, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (report.status() == null) {
			problems.add(new FieldProblem("status", "validation.choose"));
		}
		if (report.percent() != null && (report.percent() < 0 || report.percent() > 100)) {
			problems.add(new FieldProblem("percent", "work-plan.rule.percent-range"));
		}
		if (report.notedOn() == null) {
			problems.add(new FieldProblem("notedOn", "validation.required"));
		}
		else if (report.notedOn().isAfter(today)) {
			problems.add(new FieldProblem("notedOn", "work-plan.rule.noted-in-future"));
		}
		if (report.noteEn() == null && report.noteFr() == null && report.noteEs() == null) {
			problems.add(new FieldProblem("noteEn", "work-plan.rule.note-required"));
		}
		note(problems, "noteEn", report.noteEn());
		note(problems, "noteFr", report.noteFr());
		note(problems, "noteEs", report.noteEs());
		return problems;
	}

	private static void note(List<FieldProblem> problems, String field, @Nullable String note) {
		if (note != null && note.length() > NOTE_LENGTH) {
			problems.add(new FieldProblem(field, "validation.too-long-n", NOTE_LENGTH));
		}
	}

	private static void title(List<FieldProblem> problems, String field, @Nullable String title, boolean required) {
		if (title == null) {
			if (required) {
				problems.add(new FieldProblem(field, "validation.required"));
			}
		}
		else if (title.length() > 500) {
			problems.add(new FieldProblem(field, "validation.too-long-n", 500));
		}
	}

}
