package org.synergies.mandates.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.FieldErrors;

/**
 * The Secretariat adds, corrects and removes a text's annexes on the text's entry page:
 * htmx gets the page's editor back, a plain form a redirect (Post/Redirect/Get). A
 * refused annex comes back with its reasons and what was typed.
 */
@Controller
@RequestMapping("/mandates/texts/{id}/annexes")
@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
class MandateAnnexesController {

	private final Mandates mandates;

	MandateAnnexesController(Mandates mandates) {
		this.mandates = mandates;
	}

	@PostMapping
	String add(@PathVariable UUID id, @ModelAttribute("annexForm") AnnexForm form, BindingResult result,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		return write(id, null, form, result, htmx, model);
	}

	@PostMapping("/{number}")
	String correct(@PathVariable UUID id, @PathVariable String number, @ModelAttribute("annexForm") AnnexForm form,
			BindingResult result, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model) {
		return write(id, number, form, result, htmx, model);
	}

	@PostMapping("/{number}/delete")
	String remove(@PathVariable UUID id, @PathVariable String number, @RequestParam long version,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		MandateView mandate = this.mandates.require(id);
		try {
			MandateView removed = this.mandates.removeAnnex(id, version, number);
			if (htmx == null) {
				return "redirect:/mandates/texts/" + id + "/paragraphs?annexRemoved#annexes";
			}
			model.addAttribute("annexRemoved", true);
			return editor(model, removed, AnnexForm.empty(removed.version()));
		}
		catch (RuleViolationException refused) {
			model.addAttribute("annexProblem", refused.messageKey());
		}
		catch (OptimisticLockingFailureException stale) {
			model.addAttribute("annexProblem", "error.conflict.stale");
		}
		return htmx == null ? "redirect:/mandates/texts/" + id + "/paragraphs"
				: editor(model, mandate, AnnexForm.empty(mandate.version()));
	}

	private String write(UUID id, @Nullable String number, AnnexForm form, BindingResult result, @Nullable String htmx,
			Model model) {
		MandateView mandate = this.mandates.require(id);
		try {
			MandateView saved = number == null ? this.mandates.addAnnex(id, form.seen(), form.details())
					: this.mandates.correctAnnex(id, form.seen(), number, form.details());
			if (htmx == null) {
				return "redirect:/mandates/texts/" + id + "/paragraphs?annexSaved#annexes";
			}
			model.addAttribute("annexSaved", true);
			return editor(model, saved, AnnexForm.empty(saved.version()));
		}
		catch (InvalidInputException invalid) {
			FieldErrors.apply(invalid.problems(), result);
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("error.conflict.stale");
		}
		model.addAttribute("mandate", mandate);
		model.addAttribute("form", ParagraphForm.next(null, null, mandate.version()));
		model.addAttribute("headingForm", DecisionHeadingsController.HeadingForm.of(mandate));
		return htmx != null ? "mandates/entry :: editor" : "mandates/entry";
	}

	private String editor(Model model, MandateView mandate, AnnexForm form) {
		model.addAttribute("mandate", mandate);
		model.addAttribute("form", ParagraphForm.next(null, null, mandate.version()));
		model.addAttribute("annexForm", form);
		return "mandates/entry :: editor";
	}

}
