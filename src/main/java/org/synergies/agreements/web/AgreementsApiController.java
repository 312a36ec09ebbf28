package org.synergies.agreements.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.synergies.agreements.AgreementKind;
import org.synergies.agreements.AgreementQuery;
import org.synergies.agreements.AgreementStatus;
import org.synergies.agreements.Agreements;
import org.synergies.files.StoredFile;
import org.synergies.shared.NotFoundException;
import org.synergies.system.Downloads;

/**
 * Agreements through the API: anyone reads those not under negotiation (no token); the
 * Secretariat reads all of them and records, updates, signs, brings into force and
 * uploads the signed document.
 */
@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Agreements", description = "Memoranda, partnership agreements and joint work plans with partners")
class AgreementsApiController {

	private static final String SECRETARIAT = "hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')";

	private final Agreements agreements;

	AgreementsApiController(Agreements agreements) {
		this.agreements = agreements;
	}

	@GetMapping
	@Operation(summary = "Agreements, by English title",
			description = "Filters: kind, instrument (code), partner (organization id), status (as it stands today). Agreements under negotiation are listed for the Secretariat only.")
	List<AgreementResponse> list(@RequestParam(required = false) @Nullable AgreementKind kind,
			@RequestParam(required = false) @Nullable String instrument,
			@RequestParam(required = false) @Nullable UUID partner,
			@RequestParam(required = false) @Nullable AgreementStatus status) {
		return this.agreements.list(new AgreementQuery(kind, instrument, partner, status))
			.stream()
			.map(AgreementResponse::of)
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "An agreement",
			description = "404 for an agreement under negotiation, but to the Secretariat.")
	AgreementResponse agreement(@PathVariable UUID id) {
		return AgreementResponse.of(this.agreements.require(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(SECRETARIAT)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Record an agreement under negotiation",
			description = "Partners must be active organizations of the registry: an archived or merged one is refused (400, naming it).")
	AgreementResponse negotiate(@RequestBody AgreementRequest agreement) {
		return AgreementResponse.of(this.agreements.negotiate(agreement.details()));
	}

	@PutMapping("/{id}")
	@PreAuthorize(SECRETARIAT)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Update an agreement",
			description = "`version` is the one read: 409 when the agreement changed since.")
	AgreementResponse update(@PathVariable UUID id, @RequestBody AgreementRequest agreement) {
		return AgreementResponse.of(this.agreements.update(id, agreement.version() == null ? -1 : agreement.version(),
				agreement.details()));
	}

	@PostMapping("/{id}/signature")
	@PreAuthorize(SECRETARIAT)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Record the signature",
			description = "Once, while under negotiation (409 otherwise); not in the future; within the meeting's dates when signed at a meeting.")
	AgreementResponse sign(@PathVariable UUID id, @RequestBody AgreementSignatureRequest signature) {
		return AgreementResponse.of(this.agreements.sign(id, signature.signature()));
	}

	@PostMapping("/{id}/entry-into-force")
	@PreAuthorize(SECRETARIAT)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Record the entry into force",
			description = "Once signed; not before the signature, before the validity ends (409 otherwise).")
	AgreementResponse enterIntoForce(@PathVariable UUID id, @RequestBody AgreementEntryIntoForceRequest entry) {
		return AgreementResponse.of(this.agreements.enterIntoForce(id, entry.validFrom()));
	}

	@PostMapping(path = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(SECRETARIAT)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Upload the signed document",
			description = "PDF, DOCX, ODT, JPEG or PNG; replaces the previous one.")
	AgreementResponse upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file) throws IOException {
		return AgreementResponse
			.of(this.agreements.attachDocument(id, String.valueOf(file.getOriginalFilename()), file.getBytes()));
	}

	@GetMapping("/{id}/files/{file}")
	@Operation(summary = "Download the signed document", description = "For whoever may read the agreement.")
	ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID file) {
		StoredFile stored = this.agreements.document(id, file).orElseThrow(() -> new NotFoundException("file", file));
		return Downloads.attachment(stored.kind().mediaType(), stored.name(), this.agreements.content(id, file));
	}

}
