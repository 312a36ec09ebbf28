package org.synergies.mandates.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.synergies.mandates.MandateStanding;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.mandates.Repeals;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.MeetingView;

/**
 * Resolutions and decisions through the API: anyone reads adopted texts (no token); the
 * Secretariat also reads drafts.
 */
@RestController
@RequestMapping("/api/v1/mandates")
@Tag(name = "Mandates",
		description = "Resolutions and decisions, paragraph by paragraph in English, French and Spanish")
class MandatesApiController {

	private final Mandates mandates;

	private final GoverningBodies bodies;

	private final Repeals repeals;

	MandatesApiController(Mandates mandates, GoverningBodies bodies, Repeals repeals) {
		this.mandates = mandates;
		this.bodies = bodies;
		this.repeals = repeals;
	}

	@GetMapping
	@Operation(summary = "Resolutions and decisions, resolutions first, by number",
			description = "Without paragraphs. Drafts are listed for the Secretariat only. `standing`: `active` (the default: not repealed), `repealed` or `all`.")
	List<MandateTextResponse> list(@RequestParam(name = "standing", required = false) @Nullable String standing) {
		return this.repeals.list(MandateStanding.filter(standing).orElse(null))
			.stream()
			.map(mandate -> MandateTextResponse.of(mandate, meeting(mandate), false,
					this.repeals.of(mandate).orElse(null)))
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "A resolution or decision with its paragraphs",
			description = "Each paragraph in every language it exists in; a missing language is absent. 404 for a draft, but to the Secretariat.")
	MandateTextResponse mandate(@PathVariable UUID id) {
		MandateView mandate = this.mandates.require(id);
		return MandateTextResponse.of(mandate, meeting(mandate), true, this.repeals.of(mandate).orElse(null));
	}

	private @Nullable String meeting(MandateView mandate) {
		return mandate.meeting() == null ? null
				: this.bodies.meeting(mandate.meeting()).map(MeetingView::code).orElse(null);
	}

}
