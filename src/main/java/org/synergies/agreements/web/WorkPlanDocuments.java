package org.synergies.agreements.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.synergies.agreements.AgreementView;
import org.synergies.agreements.Agreements;
import org.synergies.agreements.WorkPlanView;
import org.synergies.agreements.WorkPlans;
import org.synergies.documents.DocumentRenderer;
import org.synergies.documents.DocxWriter;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.UnDates;
import org.synergies.system.Downloads;

/**
 * An agreement's work plan status report, in English, French or Spanish: HTML, PDF (fonts
 * embedded) or DOCX. Goals with their progress; for each deliverable the responsible
 * party, due date, status, latest accepted note; late deliverables flagged.
 */
@Component
class WorkPlanDocuments {

	/** A deliverable's line, already worded in the document's language. */
	record Row(String title, String responsible, String due, String status, String note, boolean late) {
	}

	record GoalRows(String title, String progress, List<Row> rows) {
	}

	private final Agreements agreements;

	private final WorkPlans plans;

	private final WorkPlanLines lines;

	private final DocumentRenderer renderer;

	private final MessageSource messages;

	private final Clock clock;

	WorkPlanDocuments(Agreements agreements, WorkPlans plans, WorkPlanLines lines, DocumentRenderer renderer,
			MessageSource messages, Clock clock) {
		this.agreements = agreements;
		this.plans = plans;
		this.lines = lines;
		this.renderer = renderer;
		this.messages = messages;
		this.clock = clock;
	}

	ResponseEntity<byte[]> download(UUID id, String format, String languageCode) {
		Language language = Language.fromCode(languageCode)
			.orElseThrow(() -> new InvalidInputException(List.of(new FieldProblem("language", "validation.choose"))));
		if (!List.of("html", "pdf", "docx").contains(format)) {
			throw new InvalidInputException(List.of(new FieldProblem("format", "validation.choose")));
		}
		AgreementView agreement = this.agreements.require(id);
		WorkPlanView plan = this.plans.plan(id);
		Locale locale = language.locale();
		List<GoalRows> goals = new ArrayList<>();
		for (WorkPlanView.Goal goal : plan.goals()) {
			List<Row> rows = goal.deliverables()
				.stream()
				.map(deliverable -> new Row(deliverable.title(locale),
						this.lines.responsible(deliverable, agreement, locale),
						UnDates.date(deliverable.dueOn(), language), status(deliverable, locale),
						deliverable.latestNote() == null ? "" : deliverable.latestNote().text(locale),
						deliverable.late()))
				.toList();
			goals.add(new GoalRows(goal.title(locale), goal.progress() == null ? "—" : goal.progress() + "\u00a0%",
					rows));
		}
		String date = UnDates.date(LocalDate.now(this.clock), language);
		String name = "work-plan-status-" + language.code() + "." + format;
		Map<String, Object> model = Map.of("agreement", agreement.title(locale), "date", date, "goals", goals, "late",
				plan.late().size());
		return switch (format) {
			case "html" -> Downloads.attachment("text/html;charset=UTF-8", name,
					this.renderer.html("work-plan-report", language, model).getBytes(StandardCharsets.UTF_8));
			case "pdf" ->
				Downloads.attachment("application/pdf", name, this.renderer.pdf("work-plan-report", language, model));
			default -> Downloads.attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					name, docx(agreement.title(locale), date, plan.late().size(), goals, locale));
		};
	}

	private String status(WorkPlanView.Deliverable deliverable, Locale locale) {
		String status = this.lines.status(deliverable, locale);
		return deliverable.percent() == null ? status : status + " (" + deliverable.percent() + "\u00a0%)";
	}

	private byte[] docx(String agreement, String date, int late, List<GoalRows> goals, Locale locale) {
		try (DocxWriter document = new DocxWriter(locale)) {
			document.title(text("work-plan.report.title", locale))
				.centred(agreement, true, 12)
				.centred(date, false, 10)
				.paragraph(text("work-plan.report.late", locale, late));
			List<String> headings = List
				.of("work-plan.deliverable", "work-plan.responsible", "work-plan.dueOn", "work-plan.status",
						"work-plan.report.latestNote")
				.stream()
				.map(key -> text(key, locale))
				.toList();
			for (GoalRows goal : goals) {
				document.heading(goal.title(), 2).labelled(text("work-plan.progress", locale), goal.progress());
				document.table("", headings, goal.rows()
					.stream()
					.map(row -> List.of(row.late() ? row.title() + " — " + text("work-plan.late", locale) : row.title(),
							row.responsible(), row.due(), row.status(), row.note()))
					.toList());
			}
			return document.toBytes();
		}
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
