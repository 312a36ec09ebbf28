package org.synergies.notifications.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.synergies.files.StoredFile;
import org.synergies.notifications.ContributionView;
import org.synergies.notifications.Contributions;
import org.synergies.notifications.NotificationView;
import org.synergies.notifications.Notifications;
import org.synergies.notifications.TranslationAction;
import org.synergies.notifications.TranslationRequests;
import org.synergies.notifications.TranslationRequests.Assignment;
import org.synergies.notifications.Upload;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.Downloads;
import org.synergies.system.FieldErrors;

/**
 * Courtesy translations: the Secretariat's steps from the panel of a contribution's page
 * (the panel again for htmx, else back to the page); the translator's list of what is
 * assigned to them and the page where they open the original and send the translation.
 */
@Controller
class TranslationsController {

	private final Notifications notifications;

	private final Contributions contributions;

	private final TranslationRequests translations;

	private final TranslationPanel panel;

	TranslationsController(Notifications notifications, Contributions contributions, TranslationRequests translations,
			TranslationPanel panel) {
		this.notifications = notifications;
		this.contributions = contributions;
		this.translations = translations;
		this.panel = panel;
	}

	@PostMapping("/notifications/{ref}/contributions/{contribution}/translations/{language}")
	@PreAuthorize("@notificationAccess.isSecretariat()")
	String act(@PathVariable String ref, @PathVariable UUID contribution, @PathVariable String language,
			@ModelAttribute("translationForm") TranslationForm form, BindingResult result,
			@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model)
			throws IOException {
		NotificationView notification = this.notifications.require(ref);
		ContributionView found = inside(notification, contribution);
		Language into = Language.fromCode(language)
			.orElseThrow(() -> new NotFoundException(TranslationRequests.AUDITED_AS, language));
		try {
			this.translations.act(found.id(), into, form.step(), upload(file));
			if (htmx == null) {
				return "redirect:/notifications/" + notification.ref() + "/contributions/" + found.id()
						+ "?translated#translations";
			}
			model.addAttribute("translationSaved", true);
			model.addAttribute("translationForm", TranslationForm.empty());
		}
		catch (InvalidInputException invalid) {
			FieldErrors.apply(invalid.problems(), result);
		}
		catch (RuleViolationException refused) {
			result.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("error.conflict.stale");
		}
		model.addAttribute("notification", notification);
		model.addAttribute("contribution", found);
		List<TranslationPanel.Row> rows = this.panel.fill(model, found);
		if (result.hasErrors()) {
			// a language the panel has no row for (the contribution's own) shows it on
			// top
			boolean inARow = rows.stream().anyMatch(row -> row.language() == into);
			model.addAttribute(inARow ? "failedLanguage" : "panelFailed", into);
		}
		return "notifications/translations-panel :: panel";
	}

	@GetMapping("/notifications/{ref}/contributions/{contribution}/translations/{language}/file")
	ResponseEntity<byte[]> translatedFile(@PathVariable String ref, @PathVariable UUID contribution,
			@PathVariable String language) {
		NotificationView notification = this.notifications.require(ref);
		ContributionView found = inside(notification, contribution);
		Language into = Language.fromCode(language)
			.orElseThrow(() -> new NotFoundException(TranslationRequests.AUDITED_AS, language));
		StoredFile stored = this.translations.file(found.id(), into)
			.orElseThrow(() -> new NotFoundException("file", language));
		return Downloads.attachment(stored.kind().mediaType(), stored.name(), this.translations.content(stored));
	}

	@GetMapping("/translations")
	@PreAuthorize("hasRole('TRANSLATOR') or @notificationAccess.isSecretariat()")
	String assignments(Model model) {
		model.addAttribute("assignments", this.translations.assignments());
		return "notifications/translations";
	}

	@GetMapping("/translations/{id}")
	@PreAuthorize("hasRole('TRANSLATOR') or @notificationAccess.isSecretariat()")
	String assignment(@PathVariable UUID id, Model model) {
		return assignmentPage(model, this.translations.assignment(id), TranslationForm.empty());
	}

	@PostMapping("/translations/{id}")
	@PreAuthorize("hasRole('TRANSLATOR') or @notificationAccess.isSecretariat()")
	String send(@PathVariable UUID id, @ModelAttribute("form") TranslationForm form, BindingResult result,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model) throws IOException {
		Assignment assignment = this.translations.assignment(id);
		try {
			TranslationAction action = form.step().action();
			if (action != TranslationAction.START && action != TranslationAction.SUBMIT) {
				throw new RuleViolationException("notifications.translations.rule.not-allowed");
			}
			this.translations.act(assignment.contribution().id(), assignment.translation().language(), form.step(),
					upload(file));
			return "redirect:/translations/" + id + (action == TranslationAction.START ? "?started" : "?submitted");
		}
		catch (InvalidInputException invalid) {
			FieldErrors.apply(invalid.problems(), result);
		}
		catch (RuleViolationException refused) {
			result.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("error.conflict.stale");
		}
		return assignmentPage(model, this.translations.assignment(id), form);
	}

	@GetMapping("/translations/{id}/files/{fileId}")
	@PreAuthorize("hasRole('TRANSLATOR') or @notificationAccess.isSecretariat()")
	ResponseEntity<byte[]> originalFile(@PathVariable UUID id, @PathVariable UUID fileId) {
		StoredFile stored = this.translations.originalFile(id, fileId)
			.orElseThrow(() -> new NotFoundException("file", fileId));
		return Downloads.attachment(stored.kind().mediaType(), stored.name(), this.translations.content(stored));
	}

	private String assignmentPage(Model model, Assignment assignment, TranslationForm form) {
		model.addAttribute("assignment", assignment);
		model.addAttribute("form", form);
		return "notifications/translation";
	}

	private ContributionView inside(NotificationView notification, UUID contribution) {
		ContributionView found = this.contributions.require(contribution);
		if (!found.notification().equals(notification.id())) {
			throw new NotFoundException(Contributions.AUDITED_AS, contribution);
		}
		return found;
	}

	private static @Nullable Upload upload(@Nullable MultipartFile file) throws IOException {
		return file == null || file.isEmpty() ? null
				: new Upload(String.valueOf(file.getOriginalFilename()), file.getBytes());
	}

}
