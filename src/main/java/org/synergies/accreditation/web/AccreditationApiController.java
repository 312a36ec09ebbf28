package org.synergies.accreditation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.synergies.accreditation.AccreditationAccess;
import org.synergies.accreditation.AccreditationRegister;
import org.synergies.accreditation.AccreditationView;
import org.synergies.accreditation.CallsForApplications;
import org.synergies.accreditation.RegisterDocuments;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.system.Downloads;

/**
 * The calls for applications and the register through the API, with the same rules and
 * permissions as the pages.
 */
@RestController
@RequestMapping("/api/v1/accreditation")
@Tag(name = "Accreditation", description = "Process, working group, calls and register")
class AccreditationApiController {

	record CallOpeningRequest(@Nullable LocalDate opensOn, @Nullable LocalDate closesOn) {
	}

	/** How many members of active NGOs were invited by e-mail. */
	/** The NGOs to invite; none named: the NGO partners. */
	record CallInvitationsRequest(@Nullable List<UUID> organizations) {
	}

	record CallInvitationsResponse(int recipients) {
	}

	/** A change to an accreditation: the version read, and why. */
	record AccreditationChangeRequest(@Nullable Long version, @Nullable String reason) {
	}

	private final CallsForApplications calls;

	private final AccreditationRegister register;

	private final RegisterDocuments documents;

	private final AccreditationAccess access;

	AccreditationApiController(CallsForApplications calls, AccreditationRegister register, RegisterDocuments documents,
			AccreditationAccess access) {
		this.calls = calls;
		this.register = register;
		this.documents = documents;
		this.access = access;
	}

	@GetMapping("/calls")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Every call for applications")
	List<CallResponse> calls() {
		return this.calls.calls().stream().map(CallResponse::of).toList();
	}

	@GetMapping("/calls/open")
	@Operation(summary = "The call open today", description = "404 when none is open.")
	CallResponse openCall() {
		return this.calls.openCall()
			.map(CallResponse::of)
			.orElseThrow(() -> new NotFoundException("application-call", "open"));
	}

	@PostMapping("/calls")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Open a call under the process in force")
	CallResponse open(@RequestBody CallOpeningRequest call) {
		return CallResponse.of(this.calls.open(call.opensOn(), call.closesOn()));
	}

	@PostMapping("/calls/{id}/invitations")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Invite NGOs' members by e-mail",
			description = "`organizations`: the active NGOs to invite (400 for anything else, or for an empty list); without it, the NGO partners (draft decision 13.AA c).")
	CallInvitationsResponse invite(@PathVariable UUID id,
			@RequestBody(required = false) @Nullable CallInvitationsRequest invitation) {
		return new CallInvitationsResponse(
				this.calls.invite(id, invitation == null ? null : invitation.organizations()));
	}

	@GetMapping("/register")
	@Operation(summary = "The register of accredited NGO partners",
			description = "Accreditations in force; the Secretariat may ask for all of them with `all=true`.")
	List<AccreditationResponse> register(@RequestParam(defaultValue = "false") boolean all) {
		List<AccreditationView> listed = all && this.access.isSecretariat() ? this.register.all()
				: this.register.inForce();
		return listed.stream().map(AccreditationResponse::of).toList();
	}

	@GetMapping("/register/expiring")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Accreditations ending within 90 days")
	List<AccreditationResponse> expiring() {
		return this.register.expiring().stream().map(AccreditationResponse::of).toList();
	}

	@PostMapping("/register/{id}/suspend")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Suspend an accreditation, with a reason")
	AccreditationResponse suspend(@PathVariable UUID id, @RequestBody AccreditationChangeRequest change) {
		return AccreditationResponse
			.of(this.register.suspend(id, change.version(), change.reason() == null ? "" : change.reason()));
	}

	@PostMapping("/register/{id}/withdraw")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Withdraw an accreditation, with a reason")
	AccreditationResponse withdraw(@PathVariable UUID id, @RequestBody AccreditationChangeRequest change) {
		return AccreditationResponse
			.of(this.register.withdraw(id, change.version(), change.reason() == null ? "" : change.reason()));
	}

	@PostMapping("/register/{id}/reinstate")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Reinstate a suspended or withdrawn accreditation")
	AccreditationResponse reinstate(@PathVariable UUID id,
			@RequestBody(required = false) @Nullable AccreditationChangeRequest change) {
		return AccreditationResponse.of(this.register.reinstate(id, change == null ? null : change.version()));
	}

	@GetMapping("/register/document")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "The register as a DOCX or PDF document",
			description = "With the UN document symbol given and headings in EN, FR or ES.")
	ResponseEntity<byte[]> document(@RequestParam(defaultValue = "") String symbol,
			@RequestParam(defaultValue = "EN") Language language,
			@RequestParam(defaultValue = "DOCX") RegisterDocuments.Format format) {
		RegisterDocuments.Generated generated = this.documents.generate(symbol, language, format);
		return Downloads.attachment(generated.mediaType(), generated.fileName(), generated.content());
	}

}
