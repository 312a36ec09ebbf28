package org.synergies.mandates.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.synergies.mandates.AnnexDetails;
import org.synergies.mandates.Mandates;

/**
 * The annexes of a text through the API: anyone reads those of an adopted text; the
 * Secretariat adds them, corrects them and removes those of a draft. A stale
 * {@code version} answers 409.
 */
@RestController
@RequestMapping("/api/v1/mandates/{id}/annexes")
@Tag(name = "Mandates")
class MandateAnnexesApiController {

	private final Mandates mandates;

	MandateAnnexesApiController(Mandates mandates) {
		this.mandates = mandates;
	}

	@GetMapping
	@Operation(summary = "The annexes of a text, in the order of their numbers",
			description = "Each with its titles and bodies in the languages it has; a missing language is absent. 404 for a draft, but to the Secretariat.")
	List<MandateAnnexResponse> annexes(@PathVariable UUID id) {
		return MandateAnnexResponse.of(this.mandates.require(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("@mandateAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Add an annex to a text",
			description = "A number no other annex of the text has (400 `number` otherwise), a body in one language at least (400 `bodyEn`). `version` is the text's as read: 409 when it changed since. Answers the annexes.")
	List<MandateAnnexResponse> add(@PathVariable UUID id, @RequestBody MandateAnnexRequest request) {
		return MandateAnnexResponse.of(this.mandates.addAnnex(id, version(request.version()), request.details(null)));
	}

	@PutMapping("/{number}")
	@PreAuthorize("@mandateAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Correct an annex's titles and bodies",
			description = "The number stays (the one in the body is ignored). An adopted text's annex may be corrected, as a transcription; every change is audited. `version` is the text's as read: 409 when it changed since.")
	List<MandateAnnexResponse> correct(@PathVariable UUID id, @PathVariable String number,
			@RequestBody MandateAnnexRequest request) {
		return MandateAnnexResponse
			.of(this.mandates.correctAnnex(id, version(request.version()), number, request.details(number)));
	}

	@DeleteMapping("/{number}")
	@PreAuthorize("@mandateAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Remove an annex of a draft",
			description = "An adopted text keeps its annexes (409: an amendment changes an adopted text). `version` is the text's as read: 409 when it changed since.")
	List<MandateAnnexResponse> remove(@PathVariable UUID id, @PathVariable String number, @RequestParam long version) {
		return MandateAnnexResponse.of(this.mandates.removeAnnex(id, version, number));
	}

	private static long version(@Nullable Long version) {
		return version == null ? -1 : version;
	}

	/**
	 * An annex in the languages it has.
	 *
	 * @param version the text's, as read
	 * @param number "1", "2", "I": letters and digits
	 * @param bodyEn its paragraphs, one per line
	 */
	record MandateAnnexRequest(@Nullable Long version, @Nullable String number, @Nullable String titleEn,
			@Nullable String titleFr, @Nullable String titleEs, @Nullable String bodyEn, @Nullable String bodyFr,
			@Nullable String bodyEs) {

		AnnexDetails details(@Nullable String fixedNumber) {
			return new AnnexDetails(fixedNumber != null ? fixedNumber : this.number, this.titleEn, this.titleFr,
					this.titleEs, this.bodyEn, this.bodyFr, this.bodyEs);
		}

	}

}
