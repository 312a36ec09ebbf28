package org.synergies.agreements.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.agreements.Agreements;
import org.synergies.agreements.DeliverableDetails;
import org.synergies.agreements.DeliverableStatus;
import org.synergies.agreements.ProgressReport;
import org.synergies.agreements.WorkPlanGoalDetails;
import org.synergies.agreements.WorkPlanProgress;
import org.synergies.agreements.WorkPlans;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.FlashProblems;

/**
 * An agreement's work plan page (public), where the Secretariat plans goals and
 * deliverables and reviews progress, and a partner's members report on their
 * deliverables; the overview of late deliverables; the status report. Post/Redirect/Get:
 * a refused action comes back with its reasons in the reader's language.
 */
@Controller
@RequestMapping("/agreements")
class WorkPlanController {

	private static final String SECRETARIAT = "hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')";

	record GoalForm(@Nullable String titleEn, @Nullable String titleFr, @Nullable String titleEs,
			@Nullable Long version) {

		WorkPlanGoalDetails details() {
			return new WorkPlanGoalDetails(this.titleEn, this.titleFr, this.titleEs);
		}

	}

	record DeliverableForm(@Nullable UUID goal, @Nullable String titleEn, @Nullable String titleFr,
			@Nullable String titleEs, @Nullable UUID responsible,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startsOn,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueOn, @Nullable List<Integer> targets,
			@Nullable Long version) {

		DeliverableDetails details() {
			return new DeliverableDetails(this.goal, this.titleEn, this.titleFr, this.titleEs, this.responsible,
					this.startsOn, this.dueOn, this.targets == null ? List.of() : this.targets);
		}

	}

	record ProgressForm(@Nullable DeliverableStatus status, @Nullable Integer percent,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate notedOn, @Nullable String noteEn,
			@Nullable String noteFr, @Nullable String noteEs, @Nullable Long version) {

		ProgressReport report() {
			return new ProgressReport(this.status, this.percent, this.notedOn, this.noteEn, this.noteFr, this.noteEs);
		}

	}

	private final Agreements agreements;

	private final WorkPlans plans;

	private final WorkPlanProgress progress;

	private final WorkPlanPages pages;

	private final WorkPlanDocuments documents;

	private final FlashProblems problems;

	WorkPlanController(Agreements agreements, WorkPlans plans, WorkPlanProgress progress, WorkPlanPages pages,
			WorkPlanDocuments documents, FlashProblems problems) {
		this.agreements = agreements;
		this.plans = plans;
		this.progress = progress;
		this.pages = pages;
		this.documents = documents;
		this.problems = problems;
	}

	@GetMapping("/{id}/work-plan")
	String plan(@PathVariable UUID id, Model model, Locale locale) {
		model.addAttribute("page", this.pages.of(this.agreements.require(id), locale));
		model.addAttribute("statuses", DeliverableStatus.values());
		model.addAttribute("languages", Language.values());
		return "agreements/work-plan";
	}

	@GetMapping("/{id}/work-plan/report")
	ResponseEntity<byte[]> report(@PathVariable UUID id, @RequestParam(defaultValue = "pdf") String format,
			@RequestParam(defaultValue = "en") String language) {
		return this.documents.download(id, format, language);
	}

	@GetMapping("/work-plans/late")
	@PreAuthorize(SECRETARIAT)
	String late(Model model) {
		model.addAttribute("late", this.plans.late());
		return "agreements/work-plans-late";
	}

	@PostMapping("/{id}/work-plan/goals")
	@PreAuthorize(SECRETARIAT)
	String addGoal(@PathVariable UUID id, @ModelAttribute GoalForm form, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.plans.addGoal(id, form.details()));
	}

	@PostMapping("/{id}/work-plan/goals/{goal}")
	@PreAuthorize(SECRETARIAT)
	String reviseGoal(@PathVariable UUID id, @PathVariable UUID goal, @ModelAttribute GoalForm form,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale,
				() -> this.plans.reviseGoal(id, goal, WorkPlanRequests.version(form.version()), form.details()));
	}

	@PostMapping("/{id}/work-plan/deliverables")
	@PreAuthorize(SECRETARIAT)
	String addDeliverable(@PathVariable UUID id, @ModelAttribute DeliverableForm form, RedirectAttributes redirect,
			Locale locale) {
		return act(id, redirect, locale, () -> this.plans.addDeliverable(id, form.details()));
	}

	@PostMapping("/{id}/work-plan/deliverables/{deliverable}")
	@PreAuthorize(SECRETARIAT)
	String reviseDeliverable(@PathVariable UUID id, @PathVariable UUID deliverable,
			@ModelAttribute DeliverableForm form, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.plans.reviseDeliverable(id, deliverable,
				WorkPlanRequests.version(form.version()), form.details()));
	}

	@PostMapping("/{id}/work-plan/deliverables/{deliverable}/progress")
	@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER', 'ORGANIZATION_MEMBER')")
	String report(@PathVariable UUID id, @PathVariable UUID deliverable, @ModelAttribute ProgressForm form,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale,
				() -> this.progress.report(id, deliverable, WorkPlanRequests.version(form.version()), form.report()));
	}

	@PostMapping("/{id}/work-plan/deliverables/{deliverable}/review")
	@PreAuthorize(SECRETARIAT)
	String review(@PathVariable UUID id, @PathVariable UUID deliverable,
			@RequestParam(required = false) @Nullable String outcome,
			@RequestParam(required = false) @Nullable String comment,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.progress.review(id, deliverable, WorkPlanRequests.version(version),
				new WorkPlanRequests.WorkPlanReviewRequest(outcome, comment, version).accepts(), comment));
	}

	private String act(UUID id, RedirectAttributes redirect, Locale locale, Supplier<?> action) {
		try {
			action.get();
			redirect.addAttribute("saved", "");
		}
		catch (InvalidInputException | RuleViolationException | OptimisticLockingFailureException refused) {
			this.problems.flash(redirect, refused, locale);
		}
		return "redirect:/agreements/" + id + "/work-plan";
	}

}
