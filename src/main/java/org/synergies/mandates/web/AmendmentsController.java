package org.synergies.mandates.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.synergies.mandates.AmendedParagraph;
import org.synergies.mandates.AmendmentOperation;
import org.synergies.mandates.AmendmentRepeals;
import org.synergies.mandates.AmendmentView;
import org.synergies.mandates.Amendments;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.MandateKind;
import org.synergies.mandates.Mandates;
import org.synergies.mandates.ProposedRepeal;
import org.synergies.mandates.internal.MandateDocumentFormat;
import org.synergies.mandates.internal.MandateDocuments;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.FieldErrors;

/**
 * Amendments to a resolution: the Secretariat drafts one for a meeting of the Conference
 * of the Parties, changes it paragraph by paragraph in each language (htmx answers with
 * the text and the form only; a refused change comes back with its reason and what was
 * typed), downloads the annex of proposed amendments, submits it and records the decision
 * that adopts it. Anyone reads an adopted amendment.
 */
@Controller
@RequestMapping("/mandates")
class AmendmentsController {

	private final Amendments amendments;

	private final Mandates mandates;

	private final MandateDocuments documents;

	private final GoverningBodies bodies;

	private final AmendmentRepeals repeals;

	AmendmentsController(Amendments amendments, Mandates mandates, MandateDocuments documents, GoverningBodies bodies,
			AmendmentRepeals repeals) {
		this.repeals = repeals;
		this.amendments = amendments;
		this.mandates = mandates;
		this.documents = documents;
		this.bodies = bodies;
	}

	@PostMapping("/texts/{id}/amendments")
	@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
	String draft(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID meeting,
			@RequestParam(required = false) @Nullable String symbol) {
		AmendmentView amendment = this.amendments.draft(id, meeting, symbol);
		return "redirect:/mandates/amendments/" + amendment.id();
	}

	@GetMapping("/amendments/{id}")
	String show(@PathVariable UUID id, @RequestParam(name = "text", required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable String edit, Model model, Locale locale) {
		AmendmentView amendment = this.amendments.require(id);
		Language language = language(text, locale);
		AmendmentForm form = AmendmentForm.insertion(language, amendment.version());
		if (edit != null && amendment.isDraft()) {
			form = current(amendment, language).stream()
				.filter(paragraph -> (paragraph.kind().name() + "-" + paragraph.number()).equals(edit))
				.findFirst()
				.map(paragraph -> AmendmentForm.editing(paragraph, amendment.version()))
				.orElse(form);
		}
		return page(model, amendment, language, form, false);
	}

	@PostMapping("/amendments/{id}/operations")
	@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
	String apply(@PathVariable UUID id, @ModelAttribute("form") AmendmentForm form, BindingResult result,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model, Locale locale) {
		Language language = form.language() == null ? Language.of(locale) : form.language();
		try {
			AmendmentView applied = this.amendments.apply(id, form.version() == null ? -1 : form.version(),
					form.operation());
			if (htmx == null) {
				return "redirect:/mandates/amendments/" + id + "?text=" + language.code();
			}
			model.addAttribute("saved", true);
			return page(model, applied, language, AmendmentForm.insertion(language, applied.version()), true);
		}
		catch (InvalidInputException invalid) {
			FieldErrors.apply(invalid.problems(), result);
		}
		catch (RuleViolationException broken) {
			result.reject(broken.messageKey(), broken.arguments(), broken.messageKey());
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("error.conflict.stale");
		}
		// what was typed is kept, against the amendment as it now stands; a refused
		// deletion or move is explained above the insertion form
		AmendmentView fresh = this.amendments.require(id);
		boolean writes = form.action() == AmendmentOperation.Action.EDIT
				|| form.action() == AmendmentOperation.Action.INSERT;
		AmendmentForm kept = writes
				? new AmendmentForm(form.action(), language, form.kind(), form.number(), form.newNumber(),
						form.openingWords(), form.text(), form.subParagraphs(), fresh.version())
				: AmendmentForm.insertion(language, fresh.version());
		DirectFieldBindingResult errors = new DirectFieldBindingResult(kept, "form");
		for (ObjectError error : result.getAllErrors()) {
			errors.addError(writes || !(error instanceof FieldError) ? error
					: new ObjectError("form", error.getCodes(), error.getArguments(), error.getDefaultMessage()));
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		return page(model, fresh, language, kept, htmx != null);
	}

	@PostMapping("/amendments/{id}/repeals")
	@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
	String proposeRepeal(@PathVariable UUID id, @ModelAttribute("repealForm") AmendmentRepealForm form,
			BindingResult result, @RequestParam(name = "text", required = false) @Nullable String text,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model, Locale locale) {
		Language language = language(text, locale);
		try {
			AmendmentView written = this.repeals.propose(id, form.version() == null ? -1 : form.version(),
					form.paragraph(), form.symbolList());
			if (htmx == null) {
				return "redirect:/mandates/amendments/" + id + "?text=" + language.code() + "#repeals";
			}
			model.addAttribute("repealSaved", true);
			model.addAttribute("repealForm", AmendmentRepealForm.empty(written.version()));
			return page(model, written, language, AmendmentForm.insertion(language, written.version()), true);
		}
		catch (InvalidInputException invalid) {
			FieldErrors.apply(invalid.problems(), result);
		}
		catch (RuleViolationException broken) {
			result.reject(broken.messageKey(), broken.arguments(), broken.messageKey());
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("error.conflict.stale");
		}
		// what was typed is kept, against the amendment as it now stands
		AmendmentView fresh = this.amendments.require(id);
		AmendmentRepealForm kept = new AmendmentRepealForm(form.paragraph(), form.symbols(), fresh.version());
		DirectFieldBindingResult errors = new DirectFieldBindingResult(kept, "repealForm");
		result.getAllErrors().forEach(errors::addError);
		model.addAttribute("repealForm", kept);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "repealForm", errors);
		return page(model, fresh, language, AmendmentForm.insertion(language, fresh.version()), htmx != null);
	}

	@PostMapping("/amendments/{id}/repeals/withdraw")
	@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
	String withdrawRepeal(@PathVariable UUID id, @RequestParam(required = false) @Nullable MandateKind kind,
			@RequestParam(required = false) @Nullable String number,
			@RequestParam(required = false) @Nullable Long version,
			@RequestParam(name = "text", required = false) @Nullable String text,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model, Locale locale) {
		Language language = language(text, locale);
		AmendmentView shown;
		try {
			if (kind == null || number == null) {
				throw new RuleViolationException("mandates.amendmentRepeals.notProposed", number == null ? "" : number);
			}
			shown = this.repeals.withdraw(id, version == null ? -1 : version, kind, number);
			if (htmx == null) {
				return "redirect:/mandates/amendments/" + id + "?text=" + language.code() + "#repeals";
			}
		}
		catch (RuleViolationException | OptimisticLockingFailureException refused) {
			shown = this.amendments.require(id);
			DirectFieldBindingResult errors = new DirectFieldBindingResult(AmendmentRepealForm.empty(shown.version()),
					"repealForm");
			if (refused instanceof RuleViolationException broken) {
				errors.reject(broken.messageKey(), broken.arguments(), broken.messageKey());
			}
			else {
				errors.reject("error.conflict.stale");
			}
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "repealForm", errors);
		}
		return page(model, shown, language, AmendmentForm.insertion(language, shown.version()), htmx != null);
	}

	@PostMapping("/amendments/{id}/submit")
	@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
	String submit(@PathVariable UUID id) {
		this.amendments.submit(id);
		return "redirect:/mandates/amendments/" + id;
	}

	@PostMapping("/amendments/{id}/return")
	@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
	String returnToDraft(@PathVariable UUID id) {
		this.amendments.returnToDraft(id);
		return "redirect:/mandates/amendments/" + id;
	}

	@PostMapping("/amendments/{id}/adopt")
	@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
	String adopt(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID decision) {
		AmendmentView adopted = this.amendments.adopt(id, decision);
		MandateView revision = this.mandates.require(java.util.Objects.requireNonNull(adopted.revision()));
		return "redirect:/mandates/" + revision.slug() + "/" + revision.revisionSlug();
	}

	@GetMapping("/amendments/{id}/document.{format}")
	ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable String format,
			@RequestParam(name = "text", required = false) @Nullable String text,
			@RequestParam(defaultValue = "false") boolean revisions, Locale locale) {
		AmendmentView amendment = this.amendments.require(id);
		return download(this.documents.amendment(amendment, language(text, locale), MandateDocumentFormat.of(format),
				revisions));
	}

	static ResponseEntity<byte[]> download(MandateDocuments.Generated generated) {
		boolean html = generated.mediaType().startsWith("text/html");
		ContentDisposition disposition = (html ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(generated.fileName())
			.build();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.contentType(MediaType.parseMediaType(generated.mediaType()))
			.body(generated.content());
	}

	private String page(Model model, AmendmentView amendment, Language language, AmendmentForm form, boolean fragment) {
		MandateView mandate = this.mandates.require(amendment.mandate());
		model.addAttribute("amendment", amendment);
		model.addAttribute("mandate", mandate);
		model.addAttribute("language", language);
		model.addAttribute("tracked", this.amendments.tracked(amendment.id(), language));
		model.addAttribute("form", form);
		List<ProposedRepeal> proposed = this.repeals.of(amendment);
		model.addAttribute("repeals", proposed);
		model.addAttribute("repealsByParagraph",
				proposed.stream().collect(Collectors.groupingBy(ProposedRepeal::paragraph)));
		if (!model.containsAttribute("repealForm")) {
			model.addAttribute("repealForm", AmendmentRepealForm.empty(amendment.version()));
		}
		model.addAttribute("meeting", this.bodies.meeting(amendment.meeting()).orElse(null));
		if (amendment.isSubmitted()) {
			model.addAttribute("decisions", this.bodies.decisions(GoverningBody.CONFERENCE_OF_THE_PARTIES, null)
				.stream()
				.filter(decision -> decision.meeting() == null || decision.meeting().equals(amendment.meeting()))
				.toList());
		}
		return fragment ? "mandates/amendment :: editor" : "mandates/amendment";
	}

	private List<AmendedParagraph> current(AmendmentView amendment, Language language) {
		return this.amendments.current(amendment.id(), language);
	}

	static Language language(@Nullable String text, Locale locale) {
		return text == null ? Language.of(locale) : Language.fromCode(text).orElse(Language.of(locale));
	}

}
