package org.synergies.reporting.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.accreditation.AccreditationProcesses;
import org.synergies.drafts.DraftComments;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.reporting.ChoiceSource;
import org.synergies.reporting.FieldRole;
import org.synergies.reporting.FieldType;
import org.synergies.reporting.internal.ReportingTemplates;
import org.synergies.reporting.internal.ReportingAccess;
import org.synergies.reporting.internal.ReportingTemplates;
import org.synergies.reporting.TemplateContent;
import org.synergies.reporting.TemplateView;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;
import org.synergies.shared.VersionStatus;
import org.synergies.system.FlashProblems;

/**
 * The reporting format in versions: anyone reads the adopted ones; the working group, the
 * Committee and the Secretariat also read drafts and comment on them; the Secretariat
 * starts a draft, writes it, submits it to the Standing Committee and records its
 * adoption.
 */
@Controller
@RequestMapping("/reporting/templates")
class TemplateController {

	private final ReportingTemplates templates;

	private final GoverningBodies bodies;

	private final FlashProblems problems;

	private final MessageSource messages;

	private final ReportingAccess access;

	private final DraftComments comments;

	private final AccreditationProcesses processes;

	TemplateController(ReportingTemplates templates, GoverningBodies bodies, FlashProblems problems,
			MessageSource messages, ReportingAccess access, DraftComments comments, AccreditationProcesses processes) {
		this.processes = processes;
		this.access = access;
		this.comments = comments;
		this.templates = templates;
		this.bodies = bodies;
		this.problems = problems;
		this.messages = messages;
	}

	@GetMapping
	String versions(Model model) {
		boolean insider = this.access.canSeeDrafts();
		model.addAttribute("versions",
				this.templates.versions().stream().filter(version -> version.isPublic() || insider).toList());
		model.addAttribute("draft", this.access.isSecretariat() ? this.templates.currentDraft().orElse(null) : null);
		model.addAttribute("secretariat", this.access.isSecretariat());
		return "reporting/templates";
	}

	@GetMapping("/{id}")
	String version(@PathVariable UUID id, Model model) {
		TemplateView template = this.templates.find(id)
			.filter(found -> found.isPublic() || this.access.canSeeDrafts())
			.orElseThrow(() -> new NotFoundException("reporting-template", id));
		model.addAttribute("template", template);
		boolean insider = this.access.canSeeDrafts();
		if (insider) {
			model.addAttribute("comments", this.comments.on(ReportingTemplates.AUDITED_AS, id));
		}
		model.addAttribute("processes",
				this.processes.versions()
					.stream()
					.filter(process -> id.equals(process.content().reportingFormat()))
					.filter(process -> insider || !process.status().isWorkedOn())
					.toList());
		if (this.access.isSecretariat()) {
			model.addAttribute("decisions", this.bodies.decisions(GoverningBody.STANDING_COMMITTEE, null));
		}
		return "reporting/template";
	}

	@PostMapping
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String startDraft(RedirectAttributes redirect, Locale locale) {
		try {
			return "redirect:/reporting/templates/" + this.templates.startDraft().id();
		}
		catch (RuleViolationException refused) {
			this.problems.flash(redirect, refused, locale);
			return "redirect:/reporting/templates";
		}
	}

	/** The structured editor of a draft. */
	@GetMapping("/{id}/edit")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String edit(@PathVariable UUID id, Model model, RedirectAttributes redirect, Locale locale) {
		TemplateView template = draft(id);
		if (template.status() != VersionStatus.DRAFT) {
			return notADraft(template, redirect, locale);
		}
		return editor(template, template.version(), template.content(), Map.of(), List.of(), false, model, locale);
	}

	/**
	 * The editor's form: "save" writes the draft (every problem shown at its input,
	 * nothing typed is lost); the other actions add, move or remove a section or a field
	 * and show the result, to be saved with the rest.
	 */
	@PostMapping("/{id}/edit")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String write(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		TemplateView template = draft(id);
		if (template.status() != VersionStatus.DRAFT) {
			return notADraft(template, redirect, locale);
		}
		long version = TemplateForm.version(form.getFirst("version"));
		String action = form.getFirst("action") == null ? "save" : form.getFirst("action");
		TemplateContent content = TemplateForm.read(form);
		if (!"save".equals(action)) {
			return editor(template, version, TemplateForm.apply(content, action), Map.of(), List.of(), true, model,
					locale);
		}
		try {
			this.templates.write(id, version, content);
			return "redirect:/reporting/templates/" + id + "?saved";
		}
		catch (InvalidInputException invalid) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return problems(template, version, content, invalid, "template.form.problems", model, locale);
		}
		catch (OptimisticLockingFailureException stale) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return editor(template, version, content, Map.of(),
					List.of(this.messages.getMessage("error.conflict.stale", null, locale)), true, model, locale);
		}
		catch (RuleViolationException refused) {
			this.problems.flash(redirect, refused, locale);
			return "redirect:/reporting/templates/" + id;
		}
	}

	/** The editor again, each problem at its input and the others on top. */
	private String problems(TemplateView template, long version, TemplateContent content, InvalidInputException invalid,
			String headline, Model model, Locale locale) {
		Map<String, List<String>> byInput = new LinkedHashMap<>();
		List<String> general = new ArrayList<>();
		for (FieldProblem problem : invalid.problems()) {
			String text = this.messages.getMessage(problem.messageKey(), problem.arguments(), locale);
			String input = TemplateForm.input(problem.field());
			if (isInput(input)) {
				byInput.computeIfAbsent(input, key -> new ArrayList<>()).add(text);
			}
			else {
				general.add(text);
			}
		}
		model.addAttribute("headline", headline);
		return editor(template, version, content, byInput, general, true, model, locale);
	}

	private String editor(TemplateView template, long version, TemplateContent content,
			Map<String, List<String>> byInput, List<String> general, boolean unsaved, Model model, Locale locale) {
		model.addAttribute("template", template);
		model.addAttribute("version", version);
		model.addAttribute("format", content);
		Map<String, String> places = new LinkedHashMap<>();
		byInput.keySet().forEach(path -> places.put(path, place(path, locale)));
		model.addAttribute("editor", new TemplateEditor(byInput, places));
		model.addAttribute("general", general);
		model.addAttribute("problemCount", general.size() + byInput.values().stream().mapToInt(List::size).sum());
		model.addAttribute("unsaved", unsaved);
		if (!model.containsAttribute("headline")) {
			model.addAttribute("headline", "template.form.problems");
		}
		model.addAttribute("types", FieldType.values());
		model.addAttribute("sources", ChoiceSource.values());
		model.addAttribute("roles", FieldRole.values());
		return "reporting/template-form";
	}

	/** An input's place for people: "Section 2 › Field 3 › Label (English)". */
	private String place(String path, Locale locale) {
		List<Integer> at = TemplateForm.indices(path);
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < at.size(); i++) {
			parts.add(this.messages.getMessage(i == 0 ? "template.form.sectionNumber" : "template.form.fieldNumber",
					new Object[] { at.get(i) + 1 }, locale));
		}
		String attribute = path.substring(path.lastIndexOf('.') + 1);
		parts.add(this.messages.getMessage("template.form.attribute." + attribute, null, attribute, locale));
		return String.join(" › ", parts);
	}

	/** Only the problems of an input the editor draws are shown at it; others on top. */
	private static boolean isInput(String path) {
		return path.matches(
				"title(En|Fr|Es)|sections\\[\\d+](\\.fields\\[\\d+]){0,2}\\.(key|titleEn|titleFr|titleEs|introFr|introEs|type|labelEn|labelFr|labelEs|helpFr|helpEs|choices|options|role|fields)");
	}

	private String notADraft(TemplateView template, RedirectAttributes redirect, Locale locale) {
		this.problems.flash(redirect, new RuleViolationException("template.rule.only-drafts-change", template.number()),
				locale);
		return "redirect:/reporting/templates/" + template.id();
	}

	private TemplateView draft(UUID id) {
		return this.templates.find(id).orElseThrow(() -> new NotFoundException("reporting-template", id));
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String submit(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		try {
			this.templates.submit(id);
			return "redirect:/reporting/templates/" + id + "?submitted";
		}
		catch (InvalidInputException incomplete) {
			TemplateView template = draft(id);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return problems(template, template.version(), template.content(), incomplete, "template.form.notSubmitted",
					model, locale);
		}
		catch (RuleViolationException refused) {
			this.problems.flash(redirect, refused, locale);
			return "redirect:/reporting/templates/" + id;
		}
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String returnToDraft(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		return act(id, "returned", redirect, locale, () -> this.templates.returnToDraft(id));
	}

	@PostMapping("/{id}/adopt")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String adopt(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID decision,
			RedirectAttributes redirect, Locale locale) {
		if (decision == null) {
			this.problems.flash(redirect,
					new InvalidInputException(List.of(new FieldProblem("decision", "validation.choose"))), locale);
			return "redirect:/reporting/templates/" + id;
		}
		return act(id, "adopted", redirect, locale, () -> this.templates.adopt(id, decision));
	}

	private String act(UUID id, String outcome, RedirectAttributes redirect, Locale locale, Runnable action) {
		try {
			action.run();
			return "redirect:/reporting/templates/" + id + "?" + outcome;
		}
		catch (RuleViolationException | InvalidInputException | NotFoundException refused) {
			this.problems.flash(redirect, refused instanceof NotFoundException
					? new InvalidInputException(List.of(new FieldProblem("decision", "validation.choose"))) : refused,
					locale);
			return "redirect:/reporting/templates/" + id;
		}
	}

}
