package org.synergies.mandates.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.synergies.mandates.AmendmentRepeals;
import org.synergies.mandates.AmendmentView;
import org.synergies.mandates.Amendments;
import org.synergies.mandates.MandateKind;

/**
 * The texts a draft amendment repeals through the API: the Secretariat records and
 * withdraws them while the amendment is a draft; anyone reads those of an adopted one.
 */
@RestController
@RequestMapping("/api/v1/mandates/amendments/{amendment}/repeals")
@Tag(name = "Mandates")
class AmendmentRepealsApiController {

	private static final String SECRETARIAT = "hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')";

	private final Amendments amendments;

	private final AmendmentRepeals repeals;

	AmendmentRepealsApiController(Amendments amendments, AmendmentRepeals repeals) {
		this.amendments = amendments;
		this.repeals = repeals;
	}

	@GetMapping
	@Operation(summary = "The texts an amendment repeals, by paragraph",
			description = "404 for a draft, but to the Secretariat.")
	AmendmentRepealsResponse list(@PathVariable UUID amendment) {
		return response(this.amendments.require(amendment));
	}

	@PostMapping
	@PreAuthorize(SECRETARIAT)
	@Operation(summary = "Record that an operative paragraph of a draft amendment repeals other texts",
			description = "Every symbol is resolved or nothing is recorded: 400 for an unknown text, the text amended itself, a text another text already repealed or a paragraph the amended text does not have; 409 for an amendment no longer a draft or a stale version. Carried onto the new revision when the amendment is adopted.")
	AmendmentRepealsResponse propose(@PathVariable UUID amendment, @RequestBody AmendmentRepealRequest request) {
		return response(this.repeals.propose(amendment, request.version() == null ? -1 : request.version(),
				request.paragraph(), request.symbols() == null ? List.of() : request.symbols()));
	}

	@DeleteMapping("/{text}")
	@PreAuthorize(SECRETARIAT)
	@Operation(summary = "Withdraw the repeal of a text from a draft amendment",
			description = "`text` as the repealed text's address names it: \"11.11\", \"decision-13.AA\". 409 for an amendment no longer a draft, a text it does not repeal or a stale version.")
	AmendmentRepealsResponse withdraw(@PathVariable UUID amendment, @PathVariable String text,
			@RequestParam(required = false) @Nullable Long version) {
		boolean decision = text.startsWith("decision-");
		return response(this.repeals.withdraw(amendment, version == null ? -1 : version,
				decision ? MandateKind.DECISION : MandateKind.RESOLUTION,
				decision ? text.substring("decision-".length()) : text));
	}

	private AmendmentRepealsResponse response(AmendmentView amendment) {
		return AmendmentRepealsResponse.of(amendment, this.repeals.of(amendment));
	}

}
