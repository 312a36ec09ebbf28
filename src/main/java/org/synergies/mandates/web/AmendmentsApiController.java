package org.synergies.mandates.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.synergies.mandates.AmendmentView;
import org.synergies.mandates.Amendments;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.shared.Language;

/**
 * Amendments to resolutions through the API: the Secretariat drafts, changes, submits and
 * adopts them; anyone reads an adopted amendment and compares adopted revisions, as
 * structured tracked changes (runs of kept, inserted and deleted text).
 */
@RestController
@RequestMapping("/api/v1/mandates")
@Tag(name = "Mandates")
class AmendmentsApiController {

	private static final String SECRETARIAT = "hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')";

	private final Amendments amendments;

	private final Mandates mandates;

	AmendmentsApiController(Amendments amendments, Mandates mandates) {
		this.amendments = amendments;
		this.mandates = mandates;
	}

	@PostMapping("/{id}/amendments")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(SECRETARIAT)
	@Operation(summary = "Draft amendments to a revision",
			description = "For a meeting of the Conference of the Parties; 409 for a superseded revision or while other amendments to it are prepared.")
	AmendmentResponse draft(@PathVariable UUID id, @RequestBody AmendmentDraftRequest request, Locale locale) {
		return response(this.amendments.draft(id, request.meeting(), request.symbol()), null, locale);
	}

	@GetMapping("/amendments/{amendment}")
	@Operation(summary = "An amendment and its text in one language as tracked changes",
			description = "404 for a draft, but to the Secretariat.")
	AmendmentResponse amendment(@PathVariable UUID amendment, @RequestParam(required = false) @Nullable String language,
			Locale locale) {
		return response(this.amendments.require(amendment), language, locale);
	}

	@PostMapping("/amendments/{amendment}/operations")
	@PreAuthorize(SECRETARIAT)
	@Operation(summary = "Edit, insert, delete, move a paragraph or withdraw a change, in one language",
			description = "400 for missing or invalid fields; 409 for a paragraph deleted twice, a number taken, or a stale version.")
	AmendmentResponse apply(@PathVariable UUID amendment, @RequestBody AmendmentOperationRequest request,
			Locale locale) {
		AmendmentView applied = this.amendments.apply(amendment, request.version() == null ? -1 : request.version(),
				request.operation());
		return response(applied, request.language() == null ? null : request.language().code(), locale);
	}

	@PostMapping("/amendments/{amendment}/submit")
	@PreAuthorize(SECRETARIAT)
	@Operation(summary = "Submit the amendments to the Conference of the Parties")
	AmendmentResponse submit(@PathVariable UUID amendment, Locale locale) {
		return response(this.amendments.submit(amendment), null, locale);
	}

	@PostMapping("/amendments/{amendment}/adoption")
	@PreAuthorize(SECRETARIAT)
	@Operation(summary = "Record the decision of the Conference of the Parties that adopts the amendments",
			description = "Produces the new revision, renumbered, with the concordance of numbers.")
	AmendmentResponse adopt(@PathVariable UUID amendment, @RequestBody AmendmentAdoptionRequest request,
			Locale locale) {
		return response(this.amendments.adopt(amendment, request.decision()), null, locale);
	}

	@GetMapping("/{id}/comparison/{other}")
	@Operation(summary = "Two revisions of a text compared as tracked changes, in one language",
			description = "From the first to the second; adopted revisions are public.")
	List<TrackedTextResponse> comparison(@PathVariable UUID id, @PathVariable UUID other,
			@RequestParam(required = false) @Nullable String language, Locale locale) {
		MandateView from = this.mandates.require(id);
		MandateView to = this.mandates.require(other);
		return this.amendments.compare(from, to, AmendmentsController.language(language, locale))
			.stream()
			.map(TrackedTextResponse::of)
			.toList();
	}

	private AmendmentResponse response(AmendmentView amendment, @Nullable String language, Locale locale) {
		Language shown = AmendmentsController.language(language, locale);
		return AmendmentResponse.of(amendment, shown.code(), this.amendments.tracked(amendment.id(), shown));
	}

}
