package org.synergies.notifications.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.synergies.notifications.ContributionView;
import org.synergies.notifications.Contributions;
import org.synergies.notifications.CourtesyTranslation;
import org.synergies.notifications.NotificationView;
import org.synergies.notifications.Notifications;
import org.synergies.notifications.TranslationAction;
import org.synergies.notifications.TranslationRequests;
import org.synergies.notifications.TranslationStatus;
import org.synergies.notifications.TranslationStep;
import org.synergies.notifications.Upload;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;

/**
 * Courtesy translations of contributions for other systems: the Secretariat and the
 * contribution's sender read them (the sender once received); the Secretariat takes every
 * step, the translator a translation is assigned to starts and submits it (text in the
 * body, or a file in a multipart request).
 */
@RestController
@RequestMapping("/api/v1/notifications/{id}/contributions/{contribution}/translations")
class TranslationsApiController {

	/**
	 * A step on the translation into a language.
	 *
	 * @param action {@code request}, {@code start}, {@code submit}, {@code check},
	 * {@code reopen} or {@code not-needed}
	 * @param version the translation's version the caller saw, 0 when none is recorded
	 * @param translatorAccount to request it of an account with the translator role
	 * @param translatorEmail to request it of an external translator instead
	 * @param translatorName the external translator's name
	 * @param dueOn when it is due (not in the past), to request it
	 * @param text the translated text, to submit it
	 */
	record ContributionTranslationStepRequest(String action, long version, @Nullable UUID translatorAccount,
			@Nullable String translatorEmail, @Nullable String translatorName, @Nullable LocalDate dueOn,
			@Nullable String text) {

		TranslationStep step() {
			TranslationAction chosen = TranslationAction.fromCode(this.action)
				.orElseThrow(() -> new InvalidInputException(
						List.of(new FieldProblem("action", "notifications.translations.problem.action"))));
			return new TranslationStep(chosen, this.version, this.translatorAccount, this.translatorEmail,
					this.translatorName, this.dueOn, this.text);
		}

	}

	/**
	 * A courtesy translation (always to be shown as such).
	 *
	 * @param file where to download the translated file, when it came back as a file
	 * @param ofRevision the contribution's revision that was translated
	 */
	record ContributionTranslationResponse(UUID id, UUID contribution, Language language, TranslationStatus status,
			@Nullable UUID translatorAccount, @Nullable String translatorEmail, @Nullable String translatorName,
			@Nullable LocalDate dueOn, @Nullable String text, @Nullable String file, int ofRevision, Instant updatedAt,
			long version) {

		static ContributionTranslationResponse of(CourtesyTranslation t, NotificationView notification) {
			return new ContributionTranslationResponse(t.id(), t.contribution(), t.language(), t.status(),
					t.translatorAccount(), t.translatorEmail(), t.translatorName(), t.dueOn(), t.text(),
					t.file() == null ? null
							: "/notifications/" + notification.ref() + "/contributions/" + t.contribution()
									+ "/translations/" + t.language().code() + "/file",
					t.ofRevision(), t.updatedAt(), t.version());
		}

	}

	private final Notifications notifications;

	private final Contributions contributions;

	private final TranslationRequests translations;

	TranslationsApiController(Notifications notifications, Contributions contributions,
			TranslationRequests translations) {
		this.notifications = notifications;
		this.contributions = contributions;
		this.translations = translations;
	}

	/** The contribution's translations the caller may read. */
	@GetMapping
	@PreAuthorize("isAuthenticated()")
	List<ContributionTranslationResponse> translations(@PathVariable String id, @PathVariable UUID contribution) {
		NotificationView notification = this.notifications.require(id);
		ContributionView found = this.contributions.require(contribution);
		if (!found.notification().equals(notification.id())) {
			throw new NotFoundException(Contributions.AUDITED_AS, contribution);
		}
		return this.translations.of(contribution)
			.stream()
			.map(translation -> ContributionTranslationResponse.of(translation, notification))
			.toList();
	}

	/**
	 * A step on the translation into the language ({@code en}, {@code fr}, {@code es}).
	 */
	@PostMapping(path = "/{language}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('TRANSLATOR') or @notificationAccess.isSecretariat()")
	ContributionTranslationResponse act(@PathVariable String id, @PathVariable UUID contribution,
			@PathVariable String language, @RequestBody ContributionTranslationStepRequest request) {
		NotificationView notification = this.notifications.require(id);
		return ContributionTranslationResponse.of(
				this.translations.act(notification.id(), contribution, into(language), request.step(), null),
				notification);
	}

	/** Submits the translated file (PDF or DOCX), with an optional text. */
	@PostMapping(path = "/{language}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('TRANSLATOR') or @notificationAccess.isSecretariat()")
	ContributionTranslationResponse submitFile(@PathVariable String id, @PathVariable UUID contribution,
			@PathVariable String language, @RequestParam MultipartFile file, @RequestParam long version,
			@RequestParam(required = false) @Nullable String text) throws IOException {
		NotificationView notification = this.notifications.require(id);
		TranslationStep step = new TranslationStep(TranslationAction.SUBMIT, version, null, null, null, null, text);
		return ContributionTranslationResponse.of(this.translations.act(notification.id(), contribution, into(language),
				step, new Upload(String.valueOf(file.getOriginalFilename()), file.getBytes())), notification);
	}

	private static Language into(String language) {
		return Language.fromCode(language)
			.orElseThrow(() -> new NotFoundException(TranslationRequests.AUDITED_AS, language));
	}

}
