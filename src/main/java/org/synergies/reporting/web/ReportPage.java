package org.synergies.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.synergies.audit.AuditTrail;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.reporting.Answer;
import org.synergies.reporting.AnswerDisplay;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.FieldRole;
import org.synergies.reporting.FieldType;
import org.synergies.reporting.internal.ReportActions;
import org.synergies.reporting.ReportAnswers;
import org.synergies.reporting.ReportStatus;
import org.synergies.reporting.ReportView;
import org.synergies.reporting.internal.ReportingAccess;
import org.synergies.reporting.internal.ReportingChoices;
import org.synergies.reporting.internal.ReportingCycles;
import org.synergies.reporting.internal.Reports;
import org.synergies.reporting.TemplateContent;
import org.synergies.reporting.TemplateField;
import org.synergies.reporting.TemplateSection;
import org.synergies.reporting.Visibility;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;

/**
 * Builds the report page: the form while the NGO may write, the report as received
 * otherwise, and the Secretariat's actions.
 */
@Component
class ReportPage {

	/** A section of the page, with its fields. */
	public record SectionView(TemplateSection section, String title, @Nullable String intro, List<FieldView> fields) {
	}

	private final Reports reports;

	private final ReportingCycles cycles;

	private final ReportingChoices choices;

	private final AnswerDisplay display;

	private final ReportingAccess access;

	private final OrganizationManagement organizations;

	private final AuditTrail audit;

	private final MessageSource messages;

	ReportPage(Reports reports, ReportingCycles cycles, ReportingChoices choices, AnswerDisplay display,
			ReportingAccess access, OrganizationManagement organizations, AuditTrail audit, MessageSource messages) {
		this.reports = reports;
		this.cycles = cycles;
		this.choices = choices;
		this.display = display;
		this.access = access;
		this.organizations = organizations;
		this.audit = audit;
		this.messages = messages;
	}

	String show(UUID id, Model model, Locale locale, List<FieldProblem> problems) {
		return show(id, model, locale, problems, null);
	}

	/**
	 * The report page; with {@code typed}, the form shows those answers (not saved)
	 * instead of the saved ones.
	 */
	String show(UUID id, Model model, Locale locale, List<FieldProblem> problems, @Nullable ReportAnswers typed) {
		ReportView report = this.reports.find(id).orElseThrow(() -> new NotFoundException("report", id));
		CycleView cycle = this.cycles.find(report.cycle()).orElseThrow();
		TemplateContent template = this.reports.templateOf(report).content();
		boolean reporter = this.access.isReporter(id);
		boolean secretariat = this.access.isSecretariat();
		ReportActions actions = this.reports.actions(id);
		model.addAttribute("report", report);
		model.addAttribute("cycle", cycle);
		model.addAttribute("deadline", actions.deadline());
		model.addAttribute("actions", actions);
		model.addAttribute("organization", this.organizations.find(report.organization()).orElseThrow());
		model.addAttribute("template", template);
		model.addAttribute("reporter", reporter);
		model.addAttribute("secretariat", secretariat);
		model.addAttribute("editable", reporter && actions.mayEdit());
		model.addAttribute("locked", reporter && actions.locked());
		List<SectionView> sections = sections(template, typed == null ? report.answers() : typed, locale, problems);
		model.addAttribute("sections", sections);
		model.addAttribute("fileSlots",
				sections.stream().flatMap(section -> section.fields().stream()).mapToLong(FieldView::fileSlots).sum());
		model.addAttribute("problemTexts", problems.stream()
			.map(problem -> label(template, problem.field(), locale) + " — "
					+ this.messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(), locale))
			.toList());
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("languages", Language.values());
		if (reporter || secretariat) {
			model.addAttribute("history", this.audit.historyOf("report", id));
			model.addAttribute("invitations", this.reports.colleagueInvitations(id));
		}
		return "reporting/report";
	}

	List<SectionView> sections(TemplateContent template, ReportAnswers answers, Locale locale,
			List<FieldProblem> problems) {
		List<SectionView> sections = new ArrayList<>();
		for (TemplateSection section : template.sections()) {
			List<FieldView> fields = new ArrayList<>();
			for (TemplateField field : section.fields()) {
				fields.add(view(field, "a." + field.key(), field.key(), answers.answer(field.key()).orElse(null),
						template, answers, locale, problems));
			}
			sections.add(new SectionView(section, section.title(locale), section.intro(locale), fields));
		}
		return sections;
	}

	private FieldView view(TemplateField field, String name, String path, @Nullable Answer value,
			TemplateContent template, ReportAnswers answers, Locale locale, List<FieldProblem> problems) {
		List<String> mine = problems.stream()
			.filter(problem -> problem.field().equals(path) || problem.field().startsWith(path + "."))
			.map(problem -> this.messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(),
					locale))
			.toList();
		List<FieldView.EntryView> entries = new ArrayList<>();
		if (field.type() == FieldType.GROUP) {
			List<Answer.Entry> group = answers.entries(field.key());
			for (int i = 0; i < group.size(); i++) {
				Answer.Entry entry = group.get(i);
				String entryId = entry.id();
				List<FieldView> children = new ArrayList<>();
				for (TemplateField child : field.fields()) {
					children.add(view(child, "g." + field.key() + "." + entryId + "." + child.key(),
							field.key() + "[" + i + "]." + child.key(), entry.answer(child.key()).orElse(null),
							template, answers, locale, problems));
				}
				String title = field.fieldWithRole(FieldRole.ACTIVITY_TITLE)
					.flatMap(titleField -> entry.text(titleField.key()))
					.orElse(null);
				entries.add(new FieldView.EntryView(entryId, i + 1, title == null ? "" : title, children));
			}
		}
		return new FieldView(field, name, name.replace('.', '-'), value,
				field.type().hasChoices() ? this.choices.of(field, template, answers, locale) : List.of(),
				this.display.of(field, value, template, answers, locale, false), mine, entries);
	}

	/** A problem's field path as the person reads it: "Activities: entry 2, Title". */
	private String label(TemplateContent template, String path, Locale locale) {
		java.util.regex.Matcher grouped = java.util.regex.Pattern.compile("(\\w+)\\[(\\d+)\\]\\.(\\w+).*")
			.matcher(path);
		if (grouped.matches()) {
			return template.field(grouped.group(1))
				.map(group -> this.choices.entryName(group.label(locale), Integer.parseInt(grouped.group(2)) + 1,
						locale) + ", "
						+ group.field(grouped.group(3)).map(child -> child.label(locale)).orElse(grouped.group(3)))
				.orElse(path);
		}
		String key = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
		return template.field(key).map(field -> field.label(locale)).orElse(path);
	}

}
