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
import org.synergies.mandates.DecisionHeading;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.shared.InvalidInputException;
import org.synergies.system.FieldErrors;

/**
 * The Secretariat sets the heading a decision sits under in the annex of draft decisions
 * ("Synergies and partnerships"), per language, on the decision's entry page
 * (Post/Redirect/Get, a refusal shown with what was typed); the API is
 * {@link DecisionHeadingApiController}.
 */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
class DecisionHeadingsController {

	private final Mandates mandates;

	DecisionHeadingsController(Mandates mandates) {
		this.mandates = mandates;
	}

	@PostMapping("/mandates/texts/{id}/heading")
	String head(@PathVariable UUID id, @ModelAttribute("headingForm") HeadingForm form, BindingResult result,
			Model model) {
		MandateView mandate = this.mandates.require(id);
		try {
			this.mandates.head(id, form.version() == null ? -1 : form.version(), form.heading());
			return "redirect:/mandates/texts/" + id + "/paragraphs?headingSaved#heading";
		}
		catch (InvalidInputException invalid) {
			FieldErrors.apply(invalid.problems(), result);
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("error.conflict.stale");
		}
		model.addAttribute("mandate", mandate);
		model.addAttribute("form", ParagraphForm.next(null, null, mandate.version()));
		model.addAttribute("annexForm", AnnexForm.empty(mandate.version()));
		return "mandates/entry";
	}

	/** The heading form of the entry page. */
	record HeadingForm(@Nullable String headingEn, @Nullable String headingFr, @Nullable String headingEs,
			@Nullable Long version) {

		static HeadingForm of(MandateView mandate) {
			return new HeadingForm(mandate.heading().en(), mandate.heading().fr(), mandate.heading().es(),
					mandate.version());
		}

		DecisionHeading heading() {
			return new DecisionHeading(this.headingEn, this.headingFr, this.headingEs);
		}

	}

}
