package org.synergies.mandates.web;

import java.util.List;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.meetings.GoverningBodies;
import org.synergies.shared.InvalidInputException;
import org.synergies.system.FieldErrors;

/**
 * The Secretariat records a resolution or decision, then enters it paragraph by
 * paragraph, one language at a time: the entry form answers htmx with the list and the
 * form only, and a full page otherwise (Post/Redirect/Get). A refused paragraph comes
 * back with its reasons and nothing saved.
 */
@Controller
@RequestMapping("/mandates")
@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
class MandateEntryController {

	private final Mandates mandates;

	private final GoverningBodies bodies;

	MandateEntryController(Mandates mandates, GoverningBodies bodies) {
		this.mandates = mandates;
		this.bodies = bodies;
	}

	@GetMapping("/new")
	String newMandate(Model model) {
		return form(model, MandateForm.empty());
	}

	@PostMapping("/new")
	String record(@ModelAttribute("form") MandateForm form, BindingResult result, Model model) {
		try {
			MandateView mandate = this.mandates.record(form.details());
			return "redirect:/mandates/texts/" + mandate.id() + "/paragraphs";
		}
		catch (InvalidInputException invalid) {
			FieldErrors.apply(invalid.problems(), result);
			return form(model, form);
		}
	}

	/** The entry page; {@code annex} names an annex to correct in the annexes' form. */
	@GetMapping("/texts/{id}/paragraphs")
	String entry(@PathVariable UUID id, @RequestParam(required = false) @Nullable String annex, Model model) {
		MandateView mandate = this.mandates.require(id);
		if (annex != null) {
			model.addAttribute("annexForm",
					mandate.annex(annex)
						.map(found -> AnnexForm.correcting(found, mandate.version()))
						.orElseThrow(() -> new org.synergies.shared.NotFoundException("annex", annex)));
		}
		return entry(model, mandate, ParagraphForm.next(null, null, mandate.version()), false);
	}

	@PostMapping("/texts/{id}/paragraphs")
	String enter(@PathVariable UUID id, @ModelAttribute("form") ParagraphForm form, BindingResult result,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		MandateView mandate = this.mandates.require(id);
		try {
			MandateView entered = this.mandates.enter(id, form.version() == null ? -1 : form.version(),
					List.of(form.details()));
			if (htmx == null) {
				return "redirect:/mandates/texts/" + id + "/paragraphs?saved";
			}
			model.addAttribute("saved", true);
			return entry(model, entered, ParagraphForm.next(form.language(), form.kind(), entered.version()), true);
		}
		catch (InvalidInputException invalid) {
			FieldErrors.apply(invalid.problems(), result);
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("error.conflict.stale");
		}
		return entry(model, mandate, form, htmx != null);
	}

	@PostMapping("/texts/{id}/paragraphs/{paragraph}/delete")
	String remove(@PathVariable UUID id, @PathVariable UUID paragraph, @RequestParam long version,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		MandateView removed = this.mandates.remove(id, version, paragraph);
		if (htmx == null) {
			return "redirect:/mandates/texts/" + id + "/paragraphs";
		}
		return entry(model, removed, ParagraphForm.next(null, null, removed.version()), true);
	}

	private String entry(Model model, MandateView mandate, ParagraphForm form, boolean fragment) {
		model.addAttribute("mandate", mandate);
		model.addAttribute("form", form);
		if (!model.containsAttribute("headingForm")) {
			model.addAttribute("headingForm", DecisionHeadingsController.HeadingForm.of(mandate));
		}
		if (!model.containsAttribute("annexForm")) {
			model.addAttribute("annexForm", AnnexForm.empty(mandate.version()));
		}
		return fragment ? "mandates/entry :: editor" : "mandates/entry";
	}

	private String form(Model model, MandateForm form) {
		model.addAttribute("form", form);
		model.addAttribute("meetings", this.bodies.meetings(null));
		return "mandates/new";
	}

}
