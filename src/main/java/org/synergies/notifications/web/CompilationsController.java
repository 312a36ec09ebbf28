package org.synergies.notifications.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.notifications.NotificationCompilations;
import org.synergies.notifications.NotificationView;
import org.synergies.notifications.Notifications;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.Downloads;
import org.synergies.system.FlashProblems;

/**
 * The compilations "as received" of a notification: the Secretariat starts one (symbol,
 * language), follows its progress (htmx), downloads and publishes it; once published,
 * anyone downloads it and reads the contributions it holds.
 */
@Controller
@RequestMapping("/notifications/{ref}")
class CompilationsController {

	private final Notifications notifications;

	private final NotificationCompilations compilations;

	private final FlashProblems problems;

	CompilationsController(Notifications notifications, NotificationCompilations compilations, FlashProblems problems) {
		this.notifications = notifications;
		this.compilations = compilations;
		this.problems = problems;
	}

	@GetMapping("/compilations")
	@PreAuthorize("@notificationAccess.isSecretariat()")
	String compilations(@PathVariable String ref, Model model) {
		NotificationView notification = this.notifications.require(ref);
		model.addAttribute("notification", notification);
		model.addAttribute("compilations", this.compilations.of(notification.id()));
		model.addAttribute("summary", this.compilations.summary(notification.id()));
		model.addAttribute("languages", Language.values());
		return "notifications/compilations";
	}

	@PostMapping("/compilations")
	@PreAuthorize("@notificationAccess.isSecretariat()")
	String compile(@PathVariable String ref, @RequestParam(defaultValue = "") String symbol,
			@RequestParam(defaultValue = "EN") Language language, RedirectAttributes redirect, Locale locale) {
		NotificationView notification = this.notifications.require(ref);
		try {
			this.compilations.request(notification.id(), symbol, language);
			return "redirect:/notifications/" + notification.ref() + "/compilations?requested";
		}
		catch (RuleViolationException | InvalidInputException refused) {
			this.problems.flash(redirect, refused, locale);
			return "redirect:/notifications/" + notification.ref() + "/compilations";
		}
	}

	/** A compilation's progress, for htmx to poll while it is written. */
	@GetMapping("/compilations/{compilation}")
	@PreAuthorize("@notificationAccess.isSecretariat()")
	String compilation(@PathVariable String ref, @PathVariable UUID compilation, Model model) {
		NotificationView notification = this.notifications.require(ref);
		model.addAttribute("notification", notification);
		model.addAttribute("compilation", this.compilations.require(notification.id(), compilation));
		return "notifications/compilations :: compilation";
	}

	@PostMapping("/compilations/{compilation}/publish")
	@PreAuthorize("@notificationAccess.isSecretariat()")
	String publish(@PathVariable String ref, @PathVariable UUID compilation, @RequestParam long version,
			RedirectAttributes redirect, Locale locale) {
		NotificationView notification = this.notifications.require(ref);
		try {
			this.compilations.publish(notification.id(), compilation, version);
			return "redirect:/notifications/" + notification.ref() + "/compilations?published";
		}
		catch (RuleViolationException refused) {
			this.problems.flash(redirect, refused, locale);
			return "redirect:/notifications/" + notification.ref() + "/compilations";
		}
	}

	/** An output: the Secretariat's, or anyone's once published. */
	@GetMapping("/compilations/{compilation}/{format}")
	ResponseEntity<byte[]> download(@PathVariable String ref, @PathVariable UUID compilation,
			@PathVariable String format) {
		NotificationView notification = this.notifications.require(ref);
		NotificationCompilations.Download download = this.compilations.download(notification.id(), compilation, format);
		return Downloads.attachment(download.mediaType(), download.fileName(), download.content());
	}

	/**
	 * A contribution as a published compilation holds it, with its courtesy translations.
	 */
	@GetMapping("/compiled/{contribution}")
	String compiled(@PathVariable String ref, @PathVariable UUID contribution, Model model) {
		NotificationView notification = this.notifications.require(ref);
		model.addAttribute("notification", notification);
		model.addAttribute("contribution", this.compilations.compiled(notification.id(), contribution));
		return "notifications/compiled";
	}

}
