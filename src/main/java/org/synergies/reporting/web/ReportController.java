package org.synergies.reporting.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.files.StoredFile;
import org.synergies.reporting.ReportAnswers;
import org.synergies.reporting.internal.ReportReview;
import org.synergies.reporting.ReportView;
import org.synergies.reporting.internal.Reports;
import org.synergies.reporting.TemplateContent;
import org.synergies.reporting.Visibility;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.Downloads;
import org.synergies.system.FlashProblems;

/**
 * A report's page: the NGO writes it (saved as it goes), adds and removes entries,
 * attaches files, asks a colleague, submits; the Secretariat returns it with comments or
 * accepts it and decides who may read it; anyone reads a published one.
 */
@Controller
@RequestMapping("/reporting/reports")
class ReportController {

	private final Reports reports;

	private final ReportReview review;

	private final ReportPage page;

	private final FlashProblems problems;

	ReportController(Reports reports, ReportReview review, ReportPage page, FlashProblems problems) {
		this.reports = reports;
		this.review = review;
		this.page = page;
		this.problems = problems;
	}

	@PostMapping
	@PreAuthorize("@reportingAccess.canReportFor(#organization)")
	String start(@RequestParam(required = false) @Nullable UUID cycle,
			@RequestParam(required = false) @Nullable UUID organization,
			@RequestParam(defaultValue = "false") boolean fromPrevious, RedirectAttributes redirect, Locale locale) {
		if (cycle == null || organization == null) {
			return "redirect:/reporting";
		}
		try {
			return "redirect:/reporting/reports/" + this.reports.start(cycle, organization, fromPrevious).id();
		}
		catch (RuleViolationException refused) {
			this.problems.flash(redirect, refused, locale);
			return "redirect:/reporting";
		}
	}

	@GetMapping("/{id}")
	@PreAuthorize("@reportingAccess.canSee(#id)")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		return this.page.show(id, model, locale, List.of());
	}

	/**
	 * Saves the whole form; with {@code add} (a group's key) adds an empty entry to it,
	 * with {@code remove} ({@code group:entry}) removes one.
	 */
	@PostMapping("/{id}/save")
	@PreAuthorize("@reportingAccess.isReporter(#id)")
	String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
		ReportView report = this.reports.find(id).orElseThrow(() -> new NotFoundException("report", id));
		TemplateContent template = this.reports.templateOf(report).content();
		ReportAnswers answers = ReportForm.answers(template, form);
		String anchor = "";
		String add = form.getFirst("add");
		String remove = form.getFirst("remove");
		if (add != null && template.field(add).isPresent()) {
			answers = answers.withEntry(add);
			anchor = "#" + add;
		}
		if (remove != null && remove.contains(":")) {
			String group = remove.substring(0, remove.indexOf(':'));
			answers = answers.withoutEntry(group, remove.substring(remove.indexOf(':') + 1));
			anchor = "#" + group;
		}
		try {
			Reports.Saved saved = this.reports.save(id, version(form), answers.stored());
			if (!saved.problems().isEmpty() && anchor.isEmpty()) {
				response.setStatus(422);
				model.addAttribute("saved", true);
				return this.page.show(id, model, locale, saved.problems());
			}
			return "redirect:/reporting/reports/" + id + "?saved" + anchor;
		}
		catch (OptimisticLockingFailureException conflict) {
			// a colleague saved first: nothing is overwritten, nothing typed is lost
			response.setStatus(409);
			model.addAttribute("conflictSaved", true);
			return this.page.show(id, model, locale, List.of(), answers);
		}
		catch (InvalidInputException refused) {
			// e.g. a file that is not this report's: nothing is saved, what was typed
			// stays
			response.setStatus(400);
			return this.page.show(id, model, locale, refused.problems(), answers);
		}
		catch (RuleViolationException refused) {
			this.problems.flash(redirect, refused, locale);
			return "redirect:/reporting/reports/" + id;
		}
	}

	/** Saves as the person types (htmx); answers with the save status only. */
	@PostMapping("/{id}/autosave")
	@PreAuthorize("@reportingAccess.isReporter(#id)")
	String autosave(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			Locale locale) {
		ReportView report = this.reports.find(id).orElseThrow(() -> new NotFoundException("report", id));
		TemplateContent template = this.reports.templateOf(report).content();
		try {
			Reports.Saved saved = this.reports.save(id, version(form), ReportForm.answers(template, form).stored());
			model.addAttribute("version", saved.report().version());
			model.addAttribute("savedAt", saved.report().updatedAt());
			model.addAttribute("warnings", saved.problems().size());
		}
		catch (OptimisticLockingFailureException conflict) {
			model.addAttribute("conflict", true);
			model.addAttribute("version", version(form));
		}
		catch (RuleViolationException refused) {
			model.addAttribute("refused", refused.messageKey());
			model.addAttribute("refusedArguments", refused.arguments());
			model.addAttribute("version", version(form));
		}
		catch (InvalidInputException refused) {
			model.addAttribute("refused", refused.problems().get(0).messageKey());
			model.addAttribute("refusedArguments", refused.problems().get(0).arguments());
			model.addAttribute("version", version(form));
		}
		return "reporting/report :: status";
	}

	@PostMapping("/{id}/files")
	@PreAuthorize("@reportingAccess.isReporter(#id)")
	String attach(@PathVariable UUID id, @RequestParam(defaultValue = "") String path,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect,
			Locale locale) throws IOException {
		byte[] content = file == null ? new byte[0] : file.getBytes();
		String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		try {
			this.reports.attach(id, path, name, content);
			return "redirect:/reporting/reports/" + id + "?uploaded";
		}
		catch (RuleViolationException | InvalidInputException refused) {
			this.problems.flash(redirect, refused, locale);
			return "redirect:/reporting/reports/" + id;
		}
	}

	@GetMapping("/{id}/files/{file}")
	@PreAuthorize("@reportingAccess.canSee(#id)")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID file) {
		StoredFile stored = this.reports.file(id, file).orElseThrow(() -> new NotFoundException("file", file));
		return Downloads.attachment(stored.kind().mediaType(), stored.id().toString(), this.reports.content(id, file));
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize("@reportingAccess.isReporter(#id)")
	String submit(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version, Model model,
			RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
		try {
			this.reports.submit(id, version);
			return "redirect:/reporting/reports/" + id + "?submitted";
		}
		catch (InvalidInputException incomplete) {
			response.setStatus(422);
			return this.page.show(id, model, locale, incomplete.problems());
		}
		catch (RuleViolationException | OptimisticLockingFailureException refused) {
			this.problems.flash(redirect, refused, locale);
			return "redirect:/reporting/reports/" + id;
		}
	}

	@PostMapping("/{id}/colleagues")
	@PreAuthorize("@reportingAccess.isReporter(#id)")
	String askColleague(@PathVariable UUID id, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "EN") Language language,
			@RequestParam(defaultValue = "") String message, RedirectAttributes redirect, Locale locale) {
		try {
			this.reports.askColleague(id, email, name, language, message);
			return "redirect:/reporting/reports/" + id + "?asked#colleagues";
		}
		catch (RuleViolationException | InvalidInputException refused) {
			this.problems.flash(redirect, refused, locale);
			return "redirect:/reporting/reports/" + id + "#colleagues";
		}
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String returnReport(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version,
			@RequestParam(defaultValue = "") String comment,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate answerBy,
			RedirectAttributes redirect, Locale locale) {
		return act(id, "returned", redirect, locale,
				() -> this.review.returnReport(id, version == null ? -1 : version, comment, answerBy));
	}

	@PostMapping("/{id}/accept")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String accept(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version,
			@RequestParam(defaultValue = "INTERNAL") Visibility visibility, RedirectAttributes redirect,
			Locale locale) {
		return act(id, "accepted", redirect, locale,
				() -> this.review.accept(id, version == null ? -1 : version, visibility));
	}

	@PostMapping("/{id}/visibility")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String visibility(@PathVariable UUID id, @RequestParam(defaultValue = "INTERNAL") Visibility visibility,
			RedirectAttributes redirect, Locale locale) {
		return act(id, "shown", redirect, locale, () -> this.review.show(id, visibility));
	}

	private String act(UUID id, String done, RedirectAttributes redirect, Locale locale, Runnable action) {
		try {
			action.run();
			return "redirect:/reporting/reports/" + id + "?" + done;
		}
		catch (RuleViolationException | InvalidInputException | OptimisticLockingFailureException refused) {
			this.problems.flash(redirect, refused, locale);
			return "redirect:/reporting/reports/" + id;
		}
	}

	private static long version(MultiValueMap<String, String> form) {
		try {
			return Long.parseLong(form.getFirst("version") == null ? "-1" : form.getFirst("version"));
		}
		catch (NumberFormatException notANumber) {
			return -1;
		}
	}

}
