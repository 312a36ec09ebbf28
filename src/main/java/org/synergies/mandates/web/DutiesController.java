package org.synergies.mandates.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.mandates.Addressee;
import org.synergies.mandates.DecisionPeriod;
import org.synergies.mandates.DecisionPeriods;
import org.synergies.mandates.Duties;
import org.synergies.mandates.ImplementationStatus;
import org.synergies.mandates.MandateLinks;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.mandates.ParagraphKind;
import org.synergies.mandates.ParagraphNumber;
import org.synergies.mandates.RenewalProposal;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;
import org.synergies.system.FlashProblems;

/**
 * The Secretariat records who must do what under a text or paragraph, notes what was
 * done, sets a decision's period and its proposal for the meeting at which it lapses, and
 * removes a wrong link; each form comes back to the page it was sent from
 * (Post/Redirect/Get), with what went wrong when refused.
 */
@Controller
@RequestMapping("/mandates/texts/{id}")
@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
class DutiesController {

	private final Mandates mandates;

	private final Duties duties;

	private final DecisionPeriods periods;

	private final MandateLinks links;

	private final FlashProblems problems;

	DutiesController(Mandates mandates, Duties duties, DecisionPeriods periods, MandateLinks links,
			FlashProblems problems) {
		this.mandates = mandates;
		this.duties = duties;
		this.periods = periods;
		this.links = links;
		this.problems = problems;
	}

	@PostMapping("/duty")
	String assign(@PathVariable UUID id, @RequestParam(required = false) @Nullable String paragraph,
			@RequestParam(required = false) @Nullable List<Addressee> addressees,
			@RequestParam(required = false) @Nullable ImplementationStatus status, @RequestParam long version,
			RedirectAttributes redirect, Locale locale) {
		MandateView mandate = this.mandates.require(id);
		ParagraphNumber number = number(paragraph);
		Set<Addressee> chosen = addressees == null || addressees.isEmpty() ? Set.of() : EnumSet.copyOf(addressees);
		return act(mandate, number, redirect, locale, "dutySaved",
				() -> this.duties.assign(id, number, chosen, status, version));
	}

	@PostMapping("/duty/notes")
	String note(@PathVariable UUID id, @RequestParam(required = false) @Nullable String paragraph,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate notedOn,
			@RequestParam(required = false) @Nullable String textEn,
			@RequestParam(required = false) @Nullable String textFr,
			@RequestParam(required = false) @Nullable String textEs, RedirectAttributes redirect, Locale locale) {
		MandateView mandate = this.mandates.require(id);
		ParagraphNumber number = number(paragraph);
		return act(mandate, number, redirect, locale, "noteSaved",
				() -> this.duties.note(id, number, notedOn, textEn, textFr, textEs));
	}

	@PostMapping("/period")
	String period(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID from,
			@RequestParam(required = false) @Nullable UUID until, @RequestParam long version,
			RedirectAttributes redirect, Locale locale) {
		MandateView mandate = this.mandates.require(id);
		return act(mandate, null, redirect, locale, "periodSaved", () -> this.periods.set(id, from, until, version));
	}

	/** From the list of decisions lapsing at a meeting, back to that list. */
	@PostMapping("/proposal")
	String propose(@PathVariable UUID id, @RequestParam(required = false) @Nullable RenewalProposal proposal,
			@RequestParam long version, RedirectAttributes redirect, Locale locale) {
		this.mandates.require(id);
		DecisionPeriod period = this.periods.of(id).orElseThrow(() -> new NotFoundException("mandate-period", id));
		String back = "redirect:/mandates/meetings/" + period.until().id() + "/lapsing";
		try {
			this.periods.propose(id, proposal, version);
			redirect.addFlashAttribute("proposalSaved", true);
		}
		catch (InvalidInputException | OptimisticLockingFailureException refused) {
			this.problems.flash(redirect, refused, locale);
		}
		return back + "#decision-" + id;
	}

	@PostMapping("/links/{link}/delete")
	String unlink(@PathVariable UUID id, @PathVariable UUID link, RedirectAttributes redirect) {
		MandateView mandate = this.mandates.require(id);
		var removed = this.links.linkedToAnyPart(mandate)
			.stream()
			.filter(each -> each.id().equals(link))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("mandate-link", link));
		this.links.unlink(removed.record().module(), removed.record().record(), link);
		redirect.addFlashAttribute("linkRemoved", true);
		return "redirect:" + removed.address().path();
	}

	private String act(MandateView mandate, @Nullable ParagraphNumber paragraph, RedirectAttributes redirect,
			Locale locale, String saved, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute(saved, true);
		}
		catch (InvalidInputException | OptimisticLockingFailureException refused) {
			this.problems.flash(redirect, refused, locale);
		}
		return "redirect:/mandates/" + mandate.slug()
				+ (mandate.revisionSlug() == null ? "" : "/" + mandate.revisionSlug())
				+ (paragraph == null ? "#duty" : "/" + ParagraphKind.OPERATIVE.anchor(paragraph) + "#duty");
	}

	private static @Nullable ParagraphNumber number(@Nullable String paragraph) {
		if (paragraph == null || paragraph.isBlank()) {
			return null;
		}
		return ParagraphNumber.parse(paragraph).orElseThrow(() -> new NotFoundException("paragraph", paragraph));
	}

}
