package org.synergies.notifications.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.files.StoredFile;
import org.synergies.notifications.AddresseeCategory;
import org.synergies.notifications.NotificationAccess;
import org.synergies.notifications.NotificationView;
import org.synergies.notifications.Notifications;
import org.synergies.notifications.NotificationCompilation;
import org.synergies.notifications.NotificationCompilations;
import org.synergies.notifications.Upload;
import org.synergies.organizations.DirectoryQuery;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationStatus;
import org.synergies.organizations.OrganizationSummary;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.Downloads;
import org.synergies.system.FieldErrors;
import org.synergies.system.FlashProblems;

/**
 * The public list and pages of issued notifications (with their uploaded texts); the
 * Secretariat drafts, edits and issues them.
 */
@Controller
@RequestMapping("/notifications")
class NotificationsController {

	private final Notifications notifications;

	private final NotificationAccess access;

	private final OrganizationManagement organizations;

	private final FlashProblems problems;

	private final Clock clock;

	private final NotificationCompilations compilations;

	NotificationsController(Notifications notifications, NotificationAccess access,
			OrganizationManagement organizations, FlashProblems problems, Clock clock,
			NotificationCompilations compilations) {
		this.compilations = compilations;
		this.notifications = notifications;
		this.access = access;
		this.organizations = organizations;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("notifications", this.notifications.list());
		model.addAttribute("secretariat", this.access.isSecretariat());
		return "notifications/list";
	}

	@GetMapping("/{ref}")
	String notification(@PathVariable String ref, Model model) {
		NotificationView notification = this.notifications.require(ref);
		model.addAttribute("notification", notification);
		model.addAttribute("secretariat", this.access.isSecretariat());
		model.addAttribute("mayAnswer", notification.isIssued() && this.access.mayAnswer());
		model.addAttribute("open", notification.isOpen(LocalDate.now(this.clock)));
		model.addAttribute("languages", Language.values());
		model.addAttribute("published",
				this.compilations.of(notification.id()).stream().filter(NotificationCompilation::isPublished).toList());
		model.addAttribute("compiled", this.compilations.compiled(notification.id()));
		return "notifications/notification";
	}

	@GetMapping("/{ref}/text/{language}")
	ResponseEntity<byte[]> text(@PathVariable String ref, @PathVariable String language) {
		Language chosen = Language.fromCode(language.toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new NotFoundException("language", language));
		StoredFile file = this.notifications.file(ref, chosen)
			.orElseThrow(() -> new NotFoundException(Notifications.AUDITED_AS, ref));
		return Downloads.attachment(file.kind().mediaType(), file.name(), this.notifications.content(file));
	}

	@GetMapping("/new")
	@PreAuthorize("@notificationAccess.isSecretariat()")
	String newNotification(Model model, Locale locale) {
		return form(model, NotificationForm.empty(LocalDate.now(this.clock)), null, locale);
	}

	@PostMapping("/new")
	@PreAuthorize("@notificationAccess.isSecretariat()")
	String draft(@ModelAttribute("form") NotificationForm form, BindingResult result,
			@RequestParam(required = false) @Nullable MultipartFile fileEn,
			@RequestParam(required = false) @Nullable MultipartFile fileFr,
			@RequestParam(required = false) @Nullable MultipartFile fileEs, Model model, Locale locale)
			throws IOException {
		try {
			NotificationView draft = this.notifications.draft(form.details(), uploads(fileEn, fileFr, fileEs));
			return "redirect:/notifications/" + draft.ref() + "?saved";
		}
		catch (InvalidInputException invalid) {
			FieldErrors.apply(invalid.problems(), result);
		}
		catch (RuleViolationException refused) {
			result.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
		}
		return form(model, form, null, locale);
	}

	@GetMapping("/{ref}/edit")
	@PreAuthorize("@notificationAccess.isSecretariat()")
	String edit(@PathVariable String ref, Model model, Locale locale) {
		NotificationView notification = this.notifications.require(ref);
		if (notification.isIssued()) {
			return "redirect:/notifications/" + notification.ref();
		}
		return form(model, NotificationForm.of(notification), notification, locale);
	}

	@PostMapping("/{ref}/edit")
	@PreAuthorize("@notificationAccess.isSecretariat()")
	String update(@PathVariable String ref, @ModelAttribute("form") NotificationForm form, BindingResult result,
			@RequestParam(required = false) @Nullable MultipartFile fileEn,
			@RequestParam(required = false) @Nullable MultipartFile fileFr,
			@RequestParam(required = false) @Nullable MultipartFile fileEs, Model model, Locale locale)
			throws IOException {
		NotificationView notification = this.notifications.require(ref);
		try {
			this.notifications.update(notification.id(), form.version() == null ? -1 : form.version(), form.details(),
					uploads(fileEn, fileFr, fileEs));
			return "redirect:/notifications/" + notification.ref() + "?saved";
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
		return form(model, form, notification, locale);
	}

	@PostMapping("/{ref}/issue")
	@PreAuthorize("@notificationAccess.isSecretariat()")
	String issue(@PathVariable String ref, @RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable Integer number, RedirectAttributes redirect, Locale locale) {
		NotificationView notification = this.notifications.require(ref);
		try {
			NotificationView issued = this.notifications.issue(notification.id(), version == null ? -1 : version,
					number);
			return "redirect:/notifications/" + issued.ref() + "?issued";
		}
		catch (RuleViolationException | OptimisticLockingFailureException refused) {
			this.problems.flash(redirect, refused, locale);
			return "redirect:/notifications/" + notification.ref();
		}
	}

	private String form(Model model, NotificationForm form, @Nullable NotificationView notification, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("notification", notification);
		model.addAttribute("instruments", this.notifications.instruments());
		model.addAttribute("categories", AddresseeCategory.values());
		model.addAttribute("organizationChoices", activeOrganizations(this.organizations));
		return "notifications/form";
	}

	static List<OrganizationSummary> activeOrganizations(OrganizationManagement organizations) {
		return organizations
			.directory(new DirectoryQuery(null, null, null, null, OrganizationStatus.ACTIVE, DirectoryQuery.Sort.NAME,
					0, DirectoryQuery.MAX_SIZE, false))
			.organizations();
	}

	private static Map<Language, Upload> uploads(@Nullable MultipartFile en, @Nullable MultipartFile fr,
			@Nullable MultipartFile es) throws IOException {
		Map<Language, Upload> uploads = new EnumMap<>(Language.class);
		put(uploads, Language.EN, en);
		put(uploads, Language.FR, fr);
		put(uploads, Language.ES, es);
		return uploads;
	}

	private static void put(Map<Language, Upload> uploads, Language language, @Nullable MultipartFile file)
			throws IOException {
		if (file != null && !file.isEmpty()) {
			uploads.put(language, new Upload(String.valueOf(file.getOriginalFilename()), file.getBytes()));
		}
	}

	static List<Upload> uploads(@Nullable List<MultipartFile> files) throws IOException {
		List<Upload> uploads = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (!file.isEmpty()) {
					uploads.add(new Upload(String.valueOf(file.getOriginalFilename()), file.getBytes()));
				}
			}
		}
		return uploads;
	}

}
