package org.synergies.mandates.web;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.synergies.mandates.DecisionPeriod;
import org.synergies.mandates.DecisionPeriods;
import org.synergies.mandates.Duties;
import org.synergies.mandates.MandateLinks;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.mandates.ParagraphNumber;
import org.synergies.mandates.web.MandateDutyResponses.DecisionPeriodRequest;
import org.synergies.mandates.web.MandateDutyResponses.DecisionPeriodResponse;
import org.synergies.mandates.web.MandateDutyResponses.LapsingDecisionResponse;
import org.synergies.mandates.web.MandateDutyResponses.MandateDutiesResponse;
import org.synergies.mandates.web.MandateDutyResponses.MandateDutyNoteRequest;
import org.synergies.mandates.web.MandateDutyResponses.MandateDutyRequest;
import org.synergies.mandates.web.MandateDutyResponses.MandateDutyResponse;
import org.synergies.mandates.web.MandateDutyResponses.MandateLinkResponse;
import org.synergies.mandates.web.MandateDutyResponses.RenewalProposalRequest;
import org.synergies.meetings.GoverningBodies;
import org.synergies.shared.NotFoundException;

/**
 * Who must do what, decisions' periods and what has been done under a text, through the
 * API: anyone reads them for an adopted text (no token); the Secretariat writes them and
 * reads the decisions lapsing at a meeting.
 */
@RestController
@RequestMapping("/api/v1/mandates")
@Tag(name = "Mandates")
class MandateDutiesApiController {

	private static final String SECRETARIAT = "hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')";

	private final Mandates mandates;

	private final Duties duties;

	private final DecisionPeriods periods;

	private final MandateLinks links;

	private final GoverningBodies bodies;

	MandateDutiesApiController(Mandates mandates, Duties duties, DecisionPeriods periods, MandateLinks links,
			GoverningBodies bodies) {
		this.mandates = mandates;
		this.duties = duties;
		this.periods = periods;
		this.links = links;
		this.bodies = bodies;
	}

	@GetMapping("/{id}/duties")
	@Operation(summary = "Who must do what under a text and each operative paragraph",
			description = "Addressees, implementation status and the Secretariat's dated notes; a decision's period and whether it lapsed. 404 for a draft, but to the Secretariat.")
	MandateDutiesResponse duties(@PathVariable UUID id) {
		MandateView mandate = this.mandates.require(id);
		return MandateDutiesResponse.of(id, this.periods.of(id).orElse(null), this.periods.isLapsed(mandate),
				this.duties.all(id));
	}

	@PutMapping("/{id}/duties")
	@PreAuthorize(SECRETARIAT)
	@Operation(summary = "Record who must act and how far it is done (Secretariat)",
			description = "Without a paragraph, for the text as a whole. 409 when the version is not the one read.")
	MandateDutyResponse assign(@PathVariable UUID id, @RequestBody MandateDutyRequest request) {
		ParagraphNumber paragraph = paragraph(request.paragraph());
		return MandateDutyResponse.of(this.duties.assign(id, paragraph,
				request.addressees() == null || request.addressees().isEmpty() ? null
						: EnumSet.copyOf(request.addressees()),
				request.status(), request.version() == null ? -1 : request.version()));
	}

	@PostMapping("/{id}/duties/notes")
	@PreAuthorize(SECRETARIAT)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a dated note on what was done (Secretariat)",
			description = "In one language or more; a note dated after today is refused (422).")
	MandateDutyResponse note(@PathVariable UUID id, @RequestBody MandateDutyNoteRequest request) {
		return MandateDutyResponse.of(this.duties.note(id, paragraph(request.paragraph()), request.notedOn(),
				request.textEn(), request.textFr(), request.textEs()));
	}

	@PutMapping("/{id}/period")
	@PreAuthorize(SECRETARIAT)
	@Operation(summary = "Set a decision's period, or record its renewal (Secretariat)",
			description = "From the meeting that adopted it until the meeting at whose opening it lapses. 409 on a stale version.")
	DecisionPeriodResponse period(@PathVariable UUID id, @RequestBody DecisionPeriodRequest request) {
		return DecisionPeriodResponse.of(this.periods.set(id, request.from(), request.until(),
				request.version() == null ? -1 : request.version()));
	}

	@PutMapping("/{id}/period/proposal")
	@PreAuthorize(SECRETARIAT)
	@Operation(summary = "The Secretariat's proposal for the meeting at which the decision lapses")
	DecisionPeriodResponse propose(@PathVariable UUID id, @RequestBody RenewalProposalRequest request) {
		DecisionPeriod period = this.periods.propose(id, request.proposal(),
				request.version() == null ? -1 : request.version());
		return DecisionPeriodResponse.of(period);
	}

	@GetMapping("/{id}/links")
	@Operation(summary = "What has been done under a text: the records linked to it or its paragraphs",
			description = "In every revision of the text. 404 for a draft, but to the Secretariat.")
	List<MandateLinkResponse> links(@PathVariable UUID id) {
		return this.links.linkedToAnyPart(this.mandates.require(id)).stream().map(MandateLinkResponse::of).toList();
	}

	@GetMapping("/in-force")
	@Operation(summary = "The texts in force: adopted, and for decisions not lapsed",
			description = "A decision lapses at the opening of the last meeting of its period, read from today's date.")
	List<MandateTextResponse> inForce() {
		return this.periods.active(this.mandates.list())
			.stream()
			.map(mandate -> MandateTextResponse.of(mandate,
					mandate.meeting() == null ? null
							: this.bodies.meeting(mandate.meeting()).map(meeting -> meeting.code()).orElse(null),
					false))
			.toList();
	}

	@GetMapping("/meetings/{meeting}/lapsing")
	@PreAuthorize(SECRETARIAT)
	@Operation(summary = "The decisions that lapse at a meeting unless renewed (Secretariat)",
			description = "With the Secretariat's proposal for each: renew, delete or undecided.")
	List<LapsingDecisionResponse> lapsing(@PathVariable UUID meeting) {
		return this.periods.lapsingAt(meeting).stream().map(LapsingDecisionResponse::of).toList();
	}

	private static @Nullable ParagraphNumber paragraph(@Nullable String written) {
		if (written == null || written.isBlank()) {
			return null;
		}
		return ParagraphNumber.parse(written).orElseThrow(() -> new NotFoundException("paragraph", written));
	}

}
