package org.synergies.accreditation.web;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.accreditation.AccreditationAccess;
import org.synergies.accreditation.AccreditationProcesses;
import org.synergies.accreditation.ProcessView;
import org.synergies.audit.AuditTrail;
import org.synergies.drafts.DraftComments;
import org.synergies.meetings.BodyKind;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;
import org.synergies.shared.VersionStatus;
import org.synergies.system.FieldErrors;
import org.synergies.system.FlashProblems;

/**
 * The process as versioned data: everyone reads the versions adopted; the working group,
 * the Committee and the Secretariat also read drafts and comment; the Secretariat writes
 * drafts, submits them and records their adoption.
 */
@Controller
@RequestMapping("/accreditation/process")
class ProcessController {

	private final AccreditationProcesses processes;

	private final AccreditationAccess access;

	private final GoverningBodies bodies;

	private final AuditTrail audit;

	private final FlashProblems problems;

	private final DraftComments comments;

	ProcessController(AccreditationProcesses processes, AccreditationAccess access, GoverningBodies bodies,
			AuditTrail audit, FlashProblems problems, DraftComments comments) {
		this.comments = comments;
		this.processes = processes;
		this.access = access;
		this.bodies = bodies;
		this.audit = audit;
		this.problems = problems;
	}

	@GetMapping
	String versions(Model model) {
		boolean insider = this.access.canSeeDrafts();
		model.addAttribute("versions",
				this.processes.versions().stream().filter(version -> insider || isPublic(version)).toList());
		model.addAttribute("workingGroups",
				this.bodies.bodies().stream().filter(body -> body.kind() == BodyKind.WORKING_GROUP).toList());
		return "accreditation/process-versions";
	}

	@GetMapping("/{id}")
	String version(@PathVariable UUID id, Model model) {
		ProcessView process = this.processes.find(id)
			.filter(found -> isPublic(found) || this.access.canSeeDrafts())
			.orElseThrow(() -> new NotFoundException("accreditation-process", id));
		model.addAttribute("process", process);
		model.addAttribute("insider", this.access.canSeeDrafts());
		model.addAttribute("nonReporting", this.processes.nonReporting(id));
		if (this.access.canSeeDrafts()) {
			model.addAttribute("comments", this.comments.on(AccreditationProcesses.AUDITED_AS, id));
		}
		model.addAttribute("reportingFormat", this.processes.reportingFormat(process).orElse(null));
		if (process.adoptedBy() != null) {
			model.addAttribute("decision", this.bodies.decision(process.adoptedBy()).orElse(null));
		}
		if (process.workingGroup() != null) {
			model.addAttribute("workingGroup", this.bodies.body(process.workingGroup()).orElse(null));
		}
		if (this.access.isSecretariat()) {
			model.addAttribute("decisions", this.bodies.decisions(GoverningBody.STANDING_COMMITTEE, null));
			model.addAttribute("history", this.audit.historyOf("accreditation-process", id));
		}
		return "accreditation/process";
	}

	@PostMapping("/new")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	String startDraft(@RequestParam(required = false) @Nullable UUID workingGroup, RedirectAttributes redirect) {
		try {
			ProcessView draft = this.processes.startDraft(workingGroup);
			return "redirect:/accreditation/process/" + draft.id() + "/edit";
		}
		catch (RuleViolationException refused) {
			redirect.addFlashAttribute("refused", refused.messageKey());
			return "redirect:/accreditation/process";
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	String edit(@PathVariable UUID id, Model model) {
		ProcessView process = draft(id);
		model.addAttribute("process", process);
		model.addAttribute("form", ProcessForm.of(process.content(), process.version()));
		model.addAttribute("formats", this.processes.linkableFormats());
		model.addAttribute("rule", NonReportingForm.of(this.processes.nonReporting(id)));
		return "accreditation/process-edit";
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	String write(@PathVariable UUID id, @ModelAttribute("form") ProcessForm form, BindingResult result,
			@ModelAttribute("rule") NonReportingForm rule, BindingResult ruleResult, Model model) {
		ProcessView process = draft(id);
		try {
			this.processes.write(id, form.version() == null ? -1 : form.version(), form.content(), rule.rule());
			return "redirect:/accreditation/process/" + id + "?saved";
		}
		catch (InvalidInputException invalid) {
			Set<String> ruleFields = Set.of("warnAfterDays", "suspensionAfterDays", "withdrawalAfterMonths");
			FieldErrors.apply(invalid.problems().stream().filter(p -> !ruleFields.contains(p.field())).toList(),
					result);
			FieldErrors.apply(invalid.problems().stream().filter(p -> ruleFields.contains(p.field())).toList(),
					ruleResult);
		}
		catch (OptimisticLockingFailureException conflict) {
			result.reject("error.conflict.stale");
		}
		model.addAttribute("process", process);
		model.addAttribute("form", form.withBlankRows());
		model.addAttribute("formats", this.processes.linkableFormats());
		return "accreditation/process-edit";
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	String submit(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		return step(id, "submitted", redirect, locale, () -> this.processes.submit(id));
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	String returnToDraft(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		return step(id, "returned", redirect, locale, () -> this.processes.returnToDraft(id));
	}

	@PostMapping("/{id}/adopt")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	String adopt(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID decision,
			RedirectAttributes redirect, Locale locale) {
		if (decision == null) {
			redirect.addFlashAttribute("refused", "process.rule.choose-decision");
			return "redirect:/accreditation/process/" + id;
		}
		return step(id, "adopted", redirect, locale, () -> this.processes.adopt(id, decision));
	}

	/** A step of the adoption flow; a refusal is shown on the version's page. */
	private String step(UUID id, String outcome, RedirectAttributes redirect, Locale locale, Runnable step) {
		try {
			step.run();
			return "redirect:/accreditation/process/" + id + "?" + outcome;
		}
		catch (RuleViolationException refused) {
			this.problems.flash(redirect, refused, locale);
			return "redirect:/accreditation/process/" + id;
		}
	}

	@PostMapping("/{id}/comments")
	@PreAuthorize("@accreditationAccess.canSeeDrafts()")
	String comment(@PathVariable UUID id, @RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) @Nullable String reference, RedirectAttributes redirect, Locale locale) {
		try {
			this.comments.comment(this.processes.commentable(id), text, reference);
			return "redirect:/accreditation/process/" + id + "?commented#comments";
		}
		catch (InvalidInputException invalid) {
			redirect.addFlashAttribute("commentError", invalid.problems().get(0).messageKey());
			return "redirect:/accreditation/process/" + id + "#comments";
		}
		catch (RuleViolationException refused) {
			this.problems.flash(redirect, refused, locale);
			return "redirect:/accreditation/process/" + id;
		}
	}

	private ProcessView draft(UUID id) {
		ProcessView process = this.processes.find(id)
			.orElseThrow(() -> new NotFoundException("accreditation-process", id));
		if (process.status() != VersionStatus.DRAFT) {
			throw new RuleViolationException("process.rule.only-drafts-change", process.number());
		}
		return process;
	}

	private static boolean isPublic(ProcessView version) {
		return version.status() == VersionStatus.ADOPTED || version.status() == VersionStatus.SUPERSEDED;
	}

}
