package org.synergies.agreements.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.synergies.agreements.AgreementActions;
import org.synergies.meetings.AdoptionRequest;

/**
 * Extensions, revisions and terminations of an agreement through the API: anyone reads
 * the adopted ones (no token); the Secretariat also reads the proposals being worked on,
 * proposes, submits to the Standing Committee and records the adopting decision.
 */
@RestController
@RequestMapping("/api/v1/agreements/{id}/actions")
@Tag(name = "Agreements", description = "Memoranda, partnership agreements and joint work plans with partners")
class AgreementActionsApiController {

	private static final String SECRETARIAT = "hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')";

	private final AgreementActions actions;

	AgreementActionsApiController(AgreementActions actions) {
		this.actions = actions;
	}

	@GetMapping
	@Operation(summary = "Decisions about an agreement",
			description = "Its extensions, revisions and terminations, newest first: adopted ones for everybody, proposals being worked on for the Secretariat too.")
	List<AgreementActionResponse> list(@PathVariable UUID id) {
		return this.actions.of(id).stream().map(AgreementActionResponse::of).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(SECRETARIAT)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Propose an extension, revision or termination",
			description = "A draft, one at a time per agreement (409 while another is worked on); the agreement must be signed and not terminated. An extension names a later last day (400 otherwise). Nothing changes on the agreement before a decision adopts it.")
	AgreementActionResponse propose(@PathVariable UUID id, @RequestBody AgreementActionRequest proposal) {
		return AgreementActionResponse.of(this.actions.propose(id, proposal.proposal()));
	}

	@PostMapping("/{action}/submission")
	@PreAuthorize(SECRETARIAT)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Submit the proposal to the Standing Committee", description = "Only a draft (409 otherwise).")
	AgreementActionResponse submit(@PathVariable UUID id, @PathVariable UUID action) {
		return AgreementActionResponse.of(this.actions.submit(id, action));
	}

	@PostMapping("/{action}/adopt")
	@PreAuthorize(SECRETARIAT)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Adopt the proposal by a decision of the Standing Committee",
			description = "The decision (recorded first, at a meeting or by written procedure) must be the Standing Committee's (409 otherwise); the agreement is extended, revised or terminated in the same step.")
	AgreementActionResponse adopt(@PathVariable UUID id, @PathVariable UUID action,
			@RequestBody AdoptionRequest adoption) {
		return AgreementActionResponse.of(this.actions.adopt(id, action, adoption.decision()));
	}

}
