package org.synergies.mandates.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.synergies.mandates.DecisionHeading;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.MeetingView;
import org.synergies.shared.InvalidInputException;
import org.synergies.system.FieldErrors;

/**
 * The Secretariat sets the heading a decision sits under in the annex of draft decisions
 * ("Synergies and partnerships"), per language: on the decision's entry page
 * (Post/Redirect/Get, a refusal shown with what was typed) and through the API (a stale
 * {@code version} answers 409, a resolution 409).
 */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
@Tag(name = "Mandates")
class DecisionHeadingsController {

	private final Mandates mandates;

	private final GoverningBodies bodies;

	DecisionHeadingsController(Mandates mandates, GoverningBodies bodies) {
		this.mandates = mandates;
		this.bodies = bodies;
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

	@PutMapping(path = "/api/v1/mandates/{id}/heading")
	@ResponseBody
	@PreAuthorize("@mandateAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Set the heading a decision sits under in the annex of draft decisions",
			description = "Per language (\"Synergies and partnerships\"); a language left out has none. A resolution: 409. `version` is the text's as read: 409 when it changed since.")
	MandateTextResponse heading(@PathVariable UUID id, @RequestBody DecisionHeadingRequest request) {
		MandateView mandate = this.mandates.head(id, request.version() == null ? -1 : request.version(),
				new DecisionHeading(request.headingEn(), request.headingFr(), request.headingEs()));
		String meeting = mandate.meeting() == null ? null
				: this.bodies.meeting(mandate.meeting()).map(MeetingView::code).orElse(null);
		return MandateTextResponse.of(mandate, meeting, true);
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

	/**
	 * A decision's heading in each language given.
	 *
	 * @param version the text's, as read
	 */
	record DecisionHeadingRequest(@Nullable Long version, @Nullable String headingEn, @Nullable String headingFr,
			@Nullable String headingEs) {
	}

}
