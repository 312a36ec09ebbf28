package org.synergies.mandates.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.synergies.mandates.DecisionHeading;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.MeetingView;

/**
 * The Secretariat sets a decision's heading in the annex of draft decisions through the
 * API: a stale {@code version} answers 409, a resolution 409, a heading too long 400.
 */
@RestController
@PreAuthorize("@mandateAccess.isSecretariat()")
@SecurityRequirement(name = "bearer")
@Tag(name = "Mandates")
class DecisionHeadingApiController {

	private final Mandates mandates;

	private final GoverningBodies bodies;

	DecisionHeadingApiController(Mandates mandates, GoverningBodies bodies) {
		this.mandates = mandates;
		this.bodies = bodies;
	}

	@PutMapping("/api/v1/mandates/{id}/heading")
	@Operation(summary = "Set the heading a decision sits under in the annex of draft decisions",
			description = "Per language (\"Synergies and partnerships\"); a language left out has none. A resolution: 409. `version` is the text's as read: 409 when it changed since.")
	MandateTextResponse heading(@PathVariable UUID id, @RequestBody DecisionHeadingRequest request) {
		MandateView mandate = this.mandates.head(id, request.version() == null ? -1 : request.version(),
				new DecisionHeading(request.headingEn(), request.headingFr(), request.headingEs()));
		String meeting = mandate.meeting() == null ? null
				: this.bodies.meeting(mandate.meeting()).map(MeetingView::code).orElse(null);
		return MandateTextResponse.of(mandate, meeting, true);
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
