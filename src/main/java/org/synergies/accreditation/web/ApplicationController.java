package org.synergies.accreditation.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.accreditation.AccreditationApplications;
import org.synergies.accreditation.AnswerInput;
import org.synergies.accreditation.ApplicationAction.Outcome;
import org.synergies.accreditation.ApplicationView;
import org.synergies.accreditation.CommitteeReview;
import org.synergies.accreditation.Recommendation;
import org.synergies.accreditation.Screening;
import org.synergies.files.StoredFile;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.NewDecision;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.Downloads;
import org.synergies.system.FlashProblems;

/**
 * Actions on an application: the NGO's (answers, uploads, submission, answers to
 * questions), the Secretariat's (questions, return, close, forward, the Committee's
 * decision) and the Committee members' (recommendations). Every action comes back to the
 * application's page, with what went wrong if anything did.
 */
@Controller
@RequestMapping("/accreditation/applications")
class ApplicationController {

	private final AccreditationApplications applications;

	private final Screening screening;

	private final CommitteeReview review;

	private final ApplicationPage page;

	private final FlashProblems problems;

	ApplicationController(AccreditationApplications applications, Screening screening, CommitteeReview review,
			ApplicationPage page, FlashProblems problems) {
		this.applications = applications;
		this.screening = screening;
		this.review = review;
		this.page = page;
		this.problems = problems;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	String list(Model model) {
		return this.page.list(model);
	}

	@PostMapping
	@PreAuthorize("@accreditationAccess.canApplyFor(#organization)")
	String start(@RequestParam(required = false) @Nullable UUID organization, RedirectAttributes redirect,
			Locale locale) {
		if (organization == null) {
			return "redirect:/accreditation";
		}
		try {
			ApplicationView started = this.applications.start(organization);
			return "redirect:/accreditation/applications/" + started.id();
		}
		catch (RuleViolationException refused) {
			this.problems.flash(redirect, refused, locale);
			return "redirect:/accreditation";
		}
	}

	@GetMapping("/{id}")
	@PreAuthorize("@accreditationAccess.canSee(#id)")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		return this.page.show(id, model, locale);
	}

	@PostMapping("/{id}/answers")
	@PreAuthorize("@accreditationAccess.isApplicant(#id)")
	String saveAnswers(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect,
			Locale locale) {
		Map<String, AnswerInput> answers = new HashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("text.")) {
				String key = name.substring("text.".length());
				Language language = Language.fromCode(form.getOrDefault("language." + key, "")).orElse(null);
				answers.put(key, new AnswerInput(value, language));
			}
		});
		long version = Long.parseLong(form.getOrDefault("version", "-1"));
		return act(id, "saved", redirect, locale, () -> this.applications.saveAnswers(id, version, answers));
	}

	@PostMapping("/{id}/documents/{code}")
	@PreAuthorize("@accreditationAccess.isApplicant(#id)")
	String uploadDocument(@PathVariable UUID id, @PathVariable String code,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect,
			Locale locale) throws IOException {
		byte[] content = file == null ? new byte[0] : file.getBytes();
		String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		return act(id, "uploaded", redirect, locale, () -> this.applications.uploadDocument(id, code, name, content));
	}

	@PostMapping("/{id}/evidence/{criterion}")
	@PreAuthorize("@accreditationAccess.isApplicant(#id)")
	String uploadEvidence(@PathVariable UUID id, @PathVariable String criterion,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect,
			Locale locale) throws IOException {
		byte[] content = file == null ? new byte[0] : file.getBytes();
		String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		return act(id, "uploaded", redirect, locale,
				() -> this.applications.uploadEvidence(id, criterion, name, content));
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize("@accreditationAccess.isApplicant(#id)")
	String submit(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		return act(id, "submitted", redirect, locale, () -> this.applications.submit(id));
	}

	@PostMapping("/{id}/questions/{question}/answer")
	@PreAuthorize("@accreditationAccess.isApplicant(#id)")
	String answer(@PathVariable UUID id, @PathVariable UUID question, @RequestParam(defaultValue = "") String answer,
			RedirectAttributes redirect, Locale locale) {
		return act(id, "answered", redirect, locale, () -> this.applications.answerQuestion(id, question, answer));
	}

	@PostMapping("/{id}/questions")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	String ask(@PathVariable UUID id, @RequestParam(defaultValue = "") String question,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueOn,
			RedirectAttributes redirect, Locale locale) {
		return act(id, "asked", redirect, locale, () -> this.screening.ask(id, question, dueOn));
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	String returnToApplicant(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect, Locale locale) {
		return act(id, "returned", redirect, locale, () -> this.screening.returnToApplicant(id, version, reason));
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	String close(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect, Locale locale) {
		return act(id, "closed", redirect, locale, () -> this.screening.close(id, version, reason));
	}

	@PostMapping("/{id}/forward")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	String forward(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect,
			Locale locale) {
		return act(id, "forwarded", redirect, locale, () -> this.screening.forward(id, version));
	}

	@PostMapping("/{id}/recommendation")
	@PreAuthorize("@accreditationAccess.isCommitteeMember() and @accreditationAccess.canSee(#id)")
	String recommend(@PathVariable UUID id, @RequestParam(required = false) @Nullable Recommendation recommendation,
			@RequestParam(required = false) @Nullable String reasons, RedirectAttributes redirect, Locale locale) {
		if (recommendation == null) {
			this.problems.flash(redirect, new RuleViolationException("review.rule.choose-recommendation"), locale);
			return "redirect:/accreditation/applications/" + id;
		}
		return act(id, "recommended", redirect, locale, () -> this.review.recommend(id, recommendation, reasons));
	}

	@PostMapping("/{id}/decision")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	String decide(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect,
			Locale locale) {
		return decision(id, form, false, redirect, locale);
	}

	@PostMapping("/{id}/correction")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	String correct(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect,
			Locale locale) {
		return decision(id, form, true, redirect, locale);
	}

	@GetMapping("/{id}/files/{file}")
	@PreAuthorize("@accreditationAccess.canSee(#id)")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID file) {
		StoredFile stored = this.applications.file(id, file).orElseThrow(() -> new NotFoundException("file", file));
		return Downloads.attachment(stored.kind().mediaType(), stored.name(), this.applications.content(id, file));
	}

	private String decision(UUID id, Map<String, String> form, boolean correction, RedirectAttributes redirect,
			Locale locale) {
		Outcome outcome = parse(Outcome.class, form.get("outcome"));
		if (outcome == null) {
			this.problems.flash(redirect, new RuleViolationException("review.rule.choose-outcome"), locale);
			return "redirect:/accreditation/applications/" + id;
		}
		DecisionProcedure procedure = parse(DecisionProcedure.class, form.get("procedure"));
		UUID meeting = form.get("meeting") == null || form.get("meeting").isBlank() ? null
				: UUID.fromString(form.get("meeting"));
		LocalDate adoptedOn = form.get("adoptedOn") == null || form.get("adoptedOn").isBlank() ? null
				: LocalDate.parse(form.get("adoptedOn"));
		NewDecision decision = new NewDecision(GoverningBody.STANDING_COMMITTEE, meeting, procedure,
				form.get("reference"), adoptedOn, form.get("text"), null);
		long version = Long.parseLong(form.getOrDefault("version", "-1"));
		return act(id, correction ? "corrected" : "decided", redirect, locale,
				() -> correction ? this.review.correct(id, version, outcome, decision)
						: this.review.decide(id, version, outcome, decision));
	}

	private String act(UUID id, String done, RedirectAttributes redirect, Locale locale,
			Supplier<ApplicationView> action) {
		try {
			action.get();
			return "redirect:/accreditation/applications/" + id + "?" + done;
		}
		catch (RuleViolationException | InvalidInputException | OptimisticLockingFailureException problem) {
			this.problems.flash(redirect, problem, locale);
			return "redirect:/accreditation/applications/" + id;
		}
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		try {
			return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException exception) {
			return null;
		}
	}

}
