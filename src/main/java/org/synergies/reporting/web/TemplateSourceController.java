package org.synergies.reporting.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.reporting.internal.ReportingTemplates;
import org.synergies.reporting.TemplateContent;
import org.synergies.reporting.TemplateView;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.FlashProblems;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A draft of the reporting format as its source (JSON), for the Secretariat to copy a
 * format from elsewhere; the structured editor is {@link TemplateController}'s.
 */
@Controller
@RequestMapping("/reporting/templates")
class TemplateSourceController {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final ReportingTemplates templates;

	private final FlashProblems problems;

	TemplateSourceController(ReportingTemplates templates, FlashProblems problems) {
		this.templates = templates;
		this.problems = problems;
	}

	/** The draft as JSON, for those who copy a format from elsewhere. */
	@GetMapping("/{id}/source")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String source(@PathVariable UUID id, Model model) {
		TemplateView template = this.templates.find(id)
			.orElseThrow(() -> new NotFoundException("reporting-template", id));
		model.addAttribute("template", template);
		if (!model.containsAttribute("source")) {
			model.addAttribute("source", JSON.writeValueAsString(template.content()));
		}
		return "reporting/template-source";
	}

	/** Writes the draft from its source (JSON); every problem is listed by its path. */
	@PostMapping("/{id}/source")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String writeSource(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(defaultValue = "") String source, RedirectAttributes redirect, Locale locale) {
		try {
			this.templates.write(id, version, JSON.readValue(source, TemplateContent.class));
			return "redirect:/reporting/templates/" + id + "?saved";
		}
		catch (JacksonException unreadable) {
			redirect.addFlashAttribute("source", source);
			this.problems.flash(redirect,
					new InvalidInputException(List
						.of(new FieldProblem("source", "template.rule.unreadable", unreadable.getOriginalMessage()))),
					locale);
			return "redirect:/reporting/templates/" + id + "/source";
		}
		catch (InvalidInputException | RuleViolationException | OptimisticLockingFailureException refused) {
			redirect.addFlashAttribute("source", source);
			this.problems.flash(redirect, refused, locale);
			return "redirect:/reporting/templates/" + id + "/source";
		}
	}

}
