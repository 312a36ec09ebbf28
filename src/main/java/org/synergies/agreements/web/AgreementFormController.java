package org.synergies.agreements.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.agreements.AgreementSignature;
import org.synergies.agreements.AgreementView;
import org.synergies.agreements.Agreements;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.FieldErrors;
import org.synergies.system.FlashProblems;

/**
 * The Secretariat records an agreement, edits it, records its signature and its entry
 * into force, and uploads the signed document. Post/Redirect/Get; a refused action comes
 * back with its reason, in the reader's language.
 */
@Controller
@RequestMapping("/agreements")
@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
class AgreementFormController {

	record SignatureForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate signedOn,
			@Nullable String place, @Nullable UUID meeting) {
	}

	private final Agreements agreements;

	private final AgreementLines lines;

	private final FlashProblems problems;

	AgreementFormController(Agreements agreements, AgreementLines lines, FlashProblems problems) {
		this.agreements = agreements;
		this.lines = lines;
		this.problems = problems;
	}

	@GetMapping("/new")
	String newAgreement(Model model, Locale locale) {
		return form(model, AgreementForm.empty(), null, locale);
	}

	@PostMapping("/new")
	String negotiate(@ModelAttribute("form") AgreementForm form, BindingResult result, Model model, Locale locale) {
		if (result.hasErrors()) {
			// a value that did not bind (a date that is no date) is not dropped silently:
			// the form comes back with it and with whatever else is wrong
			BindingResult kept = kept(form, result, model);
			FieldErrors.apply(this.agreements.check(form.details())
				.stream()
				.filter(problem -> !kept.hasFieldErrors(problem.field()))
				.toList(), kept);
			return form(model, form, null, locale);
		}
		try {
			AgreementView agreement = this.agreements.negotiate(form.details());
			return "redirect:/agreements/" + agreement.id() + "?saved";
		}
		catch (InvalidInputException invalid) {
			FieldErrors.apply(invalid.problems(), result);
			return form(model, form, null, locale);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		return form(model, AgreementForm.of(this.agreements.require(id)), id, locale);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable UUID id, @ModelAttribute("form") AgreementForm form, BindingResult result, Model model,
			Locale locale) {
		this.agreements.require(id);
		if (result.hasErrors()) {
			kept(form, result, model);
			return form(model, form, id, locale);
		}
		try {
			this.agreements.update(id, form.version() == null ? -1 : form.version(), form.details());
			return "redirect:/agreements/" + id + "?saved";
		}
		catch (InvalidInputException invalid) {
			FieldErrors.apply(invalid.problems(), result);
		}
		catch (RuleViolationException violation) {
			result.reject(violation.messageKey(), violation.arguments(), violation.messageKey());
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("error.conflict.stale");
		}
		return form(model, form, id, locale);
	}

	@PostMapping("/{id}/signature")
	String sign(@PathVariable UUID id, @ModelAttribute SignatureForm form, RedirectAttributes redirect, Locale locale) {
		try {
			this.agreements.sign(id, new AgreementSignature(form.signedOn(), form.place(), form.meeting()));
		}
		catch (InvalidInputException | RuleViolationException refused) {
			this.problems.flash(redirect, refused, locale);
		}
		return "redirect:/agreements/" + id;
	}

	@PostMapping("/{id}/entry-into-force")
	String enterIntoForce(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validFrom,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.agreements.enterIntoForce(id, validFrom);
		}
		catch (RuleViolationException refused) {
			this.problems.flash(redirect, refused, locale);
		}
		return "redirect:/agreements/" + id;
	}

	@PostMapping("/{id}/files")
	String upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect,
			Locale locale) throws IOException {
		try {
			this.agreements.attachDocument(id, String.valueOf(file.getOriginalFilename()), file.getBytes());
		}
		catch (RuleViolationException refused) {
			this.problems.flash(redirect, refused, locale);
		}
		return "redirect:/agreements/" + id;
	}

	/**
	 * The form as typed and its binding errors, for the page to show again: a value that
	 * did not convert leaves the model without a form (the record could not be built from
	 * the request), while its error keeps what was typed.
	 */
	private static BindingResult kept(AgreementForm form, BindingResult bound, Model model) {
		BindingResult kept = new DirectFieldBindingResult(form, "form");
		bound.getAllErrors().forEach(kept::addError);
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", kept);
		return kept;
	}

	private String form(Model model, AgreementForm form, @Nullable UUID id, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("agreementId", id);
		this.lines.addChoices(model, locale, id == null ? List.of() : this.agreements.require(id).partners());
		return "agreements/form";
	}

}
