package org.synergies.notifications.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.synergies.accounts.CurrentUser;
import org.synergies.accounts.Role;
import org.synergies.files.StoredFile;
import org.synergies.notifications.ContributionChannel;
import org.synergies.notifications.ContributionView;
import org.synergies.notifications.Contributions;
import org.synergies.notifications.NotificationAccess;
import org.synergies.notifications.NotificationView;
import org.synergies.notifications.Notifications;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.Downloads;
import org.synergies.system.FieldErrors;

/**
 * Contributions to a notification: an addressee answers and replaces its answer; the
 * Secretariat follows who was asked and who answered, and records contributions received
 * by e-mail or letter.
 */
@Controller
@RequestMapping("/notifications/{ref}")
class ContributionsController {

	/**
	 * A choice of sender in the answer form: {@code COUNTRY:FR},
	 * {@code ORGANIZATION:<id>}.
	 */
	record SenderChoice(String value, String label) {
	}

	private final Notifications notifications;

	private final Contributions contributions;

	private final NotificationAccess access;

	private final OrganizationManagement organizations;

	private final TranslationPanel translations;

	ContributionsController(Notifications notifications, Contributions contributions, NotificationAccess access,
			OrganizationManagement organizations, TranslationPanel translations) {
		this.notifications = notifications;
		this.contributions = contributions;
		this.access = access;
		this.organizations = organizations;
		this.translations = translations;
	}

	@GetMapping("/answers")
	@PreAuthorize("@notificationAccess.isSecretariat()")
	String answers(@PathVariable String ref, Model model, Locale locale) {
		NotificationView notification = this.notifications.require(ref);
		return answers(model, notification, ContributionForm.empty("en"), locale);
	}

	@PostMapping("/contributions/record")
	@PreAuthorize("@notificationAccess.isSecretariat()")
	String record(@PathVariable String ref, @ModelAttribute("form") ContributionForm form, BindingResult result,
			@RequestParam(required = false) @Nullable List<MultipartFile> files, Model model, Locale locale)
			throws IOException {
		NotificationView notification = this.notifications.require(ref);
		try {
			this.contributions.record(notification.id(), form.details(), NotificationsController.uploads(files));
			return "redirect:/notifications/" + notification.ref() + "/answers?recorded";
		}
		catch (InvalidInputException invalid) {
			FieldErrors.apply(invalid.problems(), result);
		}
		catch (RuleViolationException refused) {
			result.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
		}
		return answers(model, notification, form, locale);
	}

	@GetMapping("/contribute")
	@PreAuthorize("@notificationAccess.mayAnswer()")
	String contribute(@PathVariable String ref, Model model, Locale locale) {
		NotificationView notification = issued(ref);
		return contributeForm(model, notification, ContributionForm.empty(locale.getLanguage()), locale);
	}

	@PostMapping("/contribute")
	@PreAuthorize("@notificationAccess.mayAnswer()")
	String send(@PathVariable String ref, @ModelAttribute("form") ContributionForm form, BindingResult result,
			@RequestParam(required = false) @Nullable List<MultipartFile> files, Model model, Locale locale)
			throws IOException {
		NotificationView notification = issued(ref);
		try {
			ContributionView sent = this.contributions.answer(notification.id(), form.details(),
					NotificationsController.uploads(files));
			return "redirect:/notifications/" + notification.ref() + "/contributions/" + sent.id() + "?sent";
		}
		catch (InvalidInputException invalid) {
			FieldErrors.apply(invalid.problems(), result);
		}
		catch (RuleViolationException refused) {
			result.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
		}
		return contributeForm(model, notification, form, locale);
	}

	@GetMapping("/contributions/{contribution}")
	String contribution(@PathVariable String ref, @PathVariable UUID contribution, Model model) {
		NotificationView notification = this.notifications.require(ref);
		ContributionView found = inside(notification, contribution);
		return contributionPage(model, notification, found, ContributionForm.of(found));
	}

	@PostMapping("/contributions/{contribution}")
	String replace(@PathVariable String ref, @PathVariable UUID contribution,
			@ModelAttribute("form") ContributionForm form, BindingResult result,
			@RequestParam(required = false) @Nullable List<MultipartFile> files, Model model) throws IOException {
		NotificationView notification = this.notifications.require(ref);
		ContributionView found = inside(notification, contribution);
		try {
			this.contributions.replace(found.id(), form.version() == null ? -1 : form.version(), form.details(),
					NotificationsController.uploads(files));
			return "redirect:/notifications/" + notification.ref() + "/contributions/" + found.id() + "?replaced";
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
		return contributionPage(model, notification, found, form);
	}

	@GetMapping("/contributions/{contribution}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable String ref, @PathVariable UUID contribution, @PathVariable UUID fileId) {
		NotificationView notification = this.notifications.require(ref);
		ContributionView found = inside(notification, contribution);
		StoredFile stored = this.contributions.file(found.id(), fileId)
			.orElseThrow(() -> new NotFoundException("file", fileId));
		return Downloads.attachment(stored.kind().mediaType(), stored.name(), this.contributions.content(stored));
	}

	private ContributionView inside(NotificationView notification, UUID contribution) {
		ContributionView found = this.contributions.require(contribution);
		if (!found.notification().equals(notification.id())) {
			throw new NotFoundException(Contributions.AUDITED_AS, contribution);
		}
		return found;
	}

	private NotificationView issued(String ref) {
		NotificationView notification = this.notifications.require(ref);
		if (!notification.isIssued()) {
			throw new NotFoundException(Notifications.AUDITED_AS, ref);
		}
		return notification;
	}

	private String answers(Model model, NotificationView notification, ContributionForm form, Locale locale) {
		model.addAttribute("notification", notification);
		model.addAttribute("lines",
				notification.isIssued() ? this.contributions.overview(notification.id()) : List.of());
		model.addAttribute("contributions", this.contributions.of(notification.id()));
		model.addAttribute("deliveries", this.contributions.deliveries(notification.id()));
		model.addAttribute("form", form);
		model.addAttribute("senders", allSenders(notification, locale));
		model.addAttribute("channels", List.of(ContributionChannel.EMAIL, ContributionChannel.LETTER));
		model.addAttribute("organizationChoices", NotificationsController.activeOrganizations(this.organizations));
		return "notifications/answers";
	}

	private String contributeForm(Model model, NotificationView notification, ContributionForm form, Locale locale) {
		model.addAttribute("notification", notification);
		model.addAttribute("form", form);
		model.addAttribute("senders", ownSenders(locale));
		model.addAttribute("own", this.contributions.of(notification.id()));
		model.addAttribute("organizationChoices", NotificationsController.activeOrganizations(this.organizations));
		return "notifications/contribute";
	}

	private String contributionPage(Model model, NotificationView notification, ContributionView contribution,
			ContributionForm form) {
		model.addAttribute("notification", notification);
		model.addAttribute("contribution", contribution);
		model.addAttribute("revisions", this.contributions.revisions(contribution.id()));
		model.addAttribute("form", form);
		this.translations.fill(model, contribution);
		return "notifications/contribution";
	}

	/** Whom the person answers for: their country, or each of their organizations. */
	private List<SenderChoice> ownSenders(Locale locale) {
		List<SenderChoice> choices = new ArrayList<>();
		CurrentUser user = CurrentUser.require();
		if (user.has(Role.NATIONAL_FOCAL_POINT) && user.country() != null) {
			choices.add(new SenderChoice("COUNTRY:" + user.country().value(), user.country().displayName(locale)));
		}
		if (user.has(Role.ORGANIZATION_MEMBER)) {
			for (UUID organization : user.organizations()) {
				this.organizations.find(organization)
					.ifPresent(
							found -> choices.add(new SenderChoice("ORGANIZATION:" + found.id(), found.name(locale))));
			}
		}
		return choices;
	}

	/** The addressees, for the Secretariat recording a contribution. */
	private List<SenderChoice> allSenders(NotificationView notification, Locale locale) {
		if (!notification.isIssued()) {
			return List.of();
		}
		java.util.Map<String, SenderChoice> choices = new java.util.LinkedHashMap<>();
		this.notifications.addressees(notification.id())
			.forEach(addressee -> choices.put(addressee.key(), new SenderChoice(addressee.key(), addressee.name())));
		// someone not addressed may answer too (the contribution is flagged unsolicited)
		for (org.synergies.shared.CountryCode country : org.synergies.shared.CountryCode.all(locale)) {
			choices.putIfAbsent("COUNTRY:" + country.value(),
					new SenderChoice("COUNTRY:" + country.value(), country.displayName(locale)));
		}
		NotificationsController.activeOrganizations(this.organizations)
			.forEach(organization -> choices.putIfAbsent("ORGANIZATION:" + organization.id(),
					new SenderChoice("ORGANIZATION:" + organization.id(), organization.officialName())));
		return List.copyOf(choices.values());
	}

}
