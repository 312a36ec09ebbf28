package org.synergies.reporting.web;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.drafts.DraftComments;
import org.synergies.reporting.internal.ReportingTemplates;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.FlashProblems;

/**
 * A comment on the record on a draft or submitted version of the format, by anyone who
 * reads drafts (the working group, the Committee, the Secretariat); shown on the
 * version's page.
 */
@Controller
class FormatCommentController {

	private final ReportingTemplates templates;

	private final DraftComments comments;

	private final FlashProblems problems;

	FormatCommentController(ReportingTemplates templates, DraftComments comments, FlashProblems problems) {
		this.templates = templates;
		this.comments = comments;
		this.problems = problems;
	}

	@PostMapping("/reporting/templates/{id}/comments")
	@PreAuthorize("@reportingAccess.canSeeDrafts()")
	String comment(@PathVariable UUID id, @RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) @Nullable String reference, RedirectAttributes redirect, Locale locale) {
		try {
			this.comments.comment(this.templates.commentable(id), text, reference);
			return "redirect:/reporting/templates/" + id + "?commented#comments";
		}
		catch (InvalidInputException invalid) {
			redirect.addFlashAttribute("commentError", invalid.problems().get(0).messageKey());
			return "redirect:/reporting/templates/" + id + "#comments";
		}
		catch (RuleViolationException refused) {
			this.problems.flash(redirect, refused, locale);
			return "redirect:/reporting/templates/" + id;
		}
	}

}
