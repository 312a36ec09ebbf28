package org.synergies.organizations.web;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.synergies.organizations.DirectoryQuery;
import org.synergies.organizations.NgoPartners;
import org.synergies.organizations.OrganizationAccess;
import org.synergies.organizations.OrganizationDetails;
import org.synergies.organizations.OrganizationKind;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationStatus;
import org.synergies.organizations.OrganizationView;
import org.synergies.organizations.SimilarOrganization;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * The registry through the API: anyone reads the directory and profiles (personal data
 * only for those who may see it); the Secretariat registers, archives and restores; the
 * Secretariat and an organization's members update its profile.
 */
@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations", description = "The partner registry")
class OrganizationApiController {

	/**
	 * A profile to register or update. {@code version} is required to update. Only the
	 * Secretariat may change {@code kind} or {@code status} (to {@code ARCHIVED} or
	 * {@code ACTIVE}; an organization becomes {@code MERGED} only by a merge); the status
	 * is ignored on registration.
	 */
	record OrganizationRequest(@Nullable String officialName, @Nullable String nameEn, @Nullable String nameFr,
			@Nullable String nameEs, @Nullable String acronym, @Nullable OrganizationKind kind,
			@Nullable String headquarters, @Nullable Set<String> countries, @Nullable String website,
			@Nullable String publicEmail, @Nullable String description, @Nullable Language descriptionLanguage,
			@Nullable Set<String> instruments, @Nullable Set<String> speciesGroups, @Nullable Long version,
			@Nullable Boolean allowSimilar, @Nullable OrganizationStatus status) {

		OrganizationDetails details() {
			return new OrganizationDetails(this.officialName, this.nameEn, this.nameFr, this.nameEs, this.acronym,
					this.kind, this.headquarters, this.countries == null ? Set.of() : this.countries, this.website,
					this.publicEmail, this.description, this.descriptionLanguage,
					this.instruments == null ? Set.of() : this.instruments,
					this.speciesGroups == null ? Set.of() : this.speciesGroups);
		}

	}

	private final OrganizationManagement organizations;

	private final OrganizationAccess access;

	private final MessageSource messages;

	private final NgoPartners partners;

	OrganizationApiController(OrganizationManagement organizations, OrganizationAccess access, MessageSource messages,
			NgoPartners partners) {
		this.partners = partners;
		this.organizations = organizations;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Search the directory",
			description = "Active organizations, filtered and paged. `q` ignores accents and case. The Secretariat may ask for `status=ARCHIVED` or `MERGED`. `ngoPartner=true`: only the NGO partners (a partnership agreement with the Secretariat in force today).")
	OrganizationDirectoryResponse directory(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable OrganizationKind kind,
			@Parameter(description = "ISO 3166 alpha-2: headquartered or working there") @RequestParam(
					required = false) @Nullable String country,
			@Parameter(description = "CMS Family instrument code, e.g. AEWA") @RequestParam(
					required = false) @Nullable String instrument,
			@RequestParam(required = false) @Nullable OrganizationStatus status,
			@RequestParam(defaultValue = "NAME") DirectoryQuery.Sort sort, @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "1 to 500") @RequestParam(defaultValue = "25") int size,
			@RequestParam(defaultValue = "false") boolean ngoPartner) {
		OrganizationStatus visible = status != null && this.access.isSecretariat() ? status : OrganizationStatus.ACTIVE;
		return OrganizationDirectoryResponse.of(
				this.organizations
					.directory(new DirectoryQuery(q, kind, country, instrument, visible, sort, page, size, ngoPartner)),
				this.partners.ids());
	}

	@GetMapping("/{id}")
	@Operation(summary = "An organization's profile",
			description = "Contacts are included for the Secretariat and the organization's members only.")
	OrganizationResponse profile(@PathVariable UUID id) {
		OrganizationView organization = this.organizations.find(id)
			.filter(found -> found.status() == OrganizationStatus.ACTIVE || this.access.isSecretariat())
			.orElseThrow(() -> new NotFoundException(OrganizationManagement.AUDITED_AS, id));
		return OrganizationResponse.of(this.access.canSeeContacts(id) ? organization : organization.withoutContacts(),
				this.partners.includes(id));
	}

	@PostMapping
	@PreAuthorize("@organizationAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Register an organization",
			description = "Refused with 409 and the list of similar organizations unless `allowSimilar` is true.")
	@ApiResponse(responseCode = "201", description = "Registered",
			content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
	ResponseEntity<?> register(@RequestBody OrganizationRequest request) {
		List<SimilarOrganization> similar = Boolean.TRUE.equals(request.allowSimilar()) ? List.of()
				: this.organizations.similarTo(request.details(), null);
		if (!similar.isEmpty()) {
			return similarProblem(similar);
		}
		OrganizationView created = this.organizations.register(request.details());
		return ResponseEntity.created(URI.create("/api/v1/organizations/" + created.id()))
			.body(OrganizationResponse.of(created, this.partners.includes(created.id())));
	}

	@PutMapping("/{id}")
	@PreAuthorize("@organizationAccess.canEdit(#id)")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Update an organization's profile",
			description = "Send the `version` you read; a newer version answers 409.")
	@ApiResponse(responseCode = "200", description = "Updated",
			content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
	ResponseEntity<?> update(@PathVariable UUID id, @RequestBody OrganizationRequest request) {
		OrganizationView current = this.organizations.find(id)
			.orElseThrow(() -> new NotFoundException(OrganizationManagement.AUDITED_AS, id));
		boolean kindChanges = request.kind() != null && request.kind() != current.kind();
		OrganizationStatus status = request.status() == null ? current.status() : request.status();
		if (!this.access.isSecretariat() && (kindChanges || status != current.status())) {
			return forbidden(kindChanges ? "organization.rule.kind-secretariat-only"
					: "organization.rule.status-secretariat-only");
		}
		if (status != current.status() && status == OrganizationStatus.MERGED) {
			throw new RuleViolationException("organization.rule.status-by-merge");
		}
		List<SimilarOrganization> similar = Boolean.TRUE.equals(request.allowSimilar()) ? List.of()
				: this.organizations.similarTo(request.details(), id);
		if (!similar.isEmpty()) {
			return similarProblem(similar);
		}
		long version = request.version() == null ? -1 : request.version();
		OrganizationView updated = this.organizations.update(id, version, request.details());
		if (status != current.status()) {
			updated = status == OrganizationStatus.ARCHIVED ? this.organizations.archive(id)
					: this.organizations.restore(id);
		}
		return ResponseEntity.ok(OrganizationResponse.of(updated, this.partners.includes(id)));
	}

	@PostMapping("/{id}/archive")
	@PreAuthorize("@organizationAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Archive an organization")
	OrganizationResponse archive(@PathVariable UUID id) {
		return OrganizationResponse.of(this.organizations.archive(id), this.partners.includes(id));
	}

	@PostMapping("/{id}/restore")
	@PreAuthorize("@organizationAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Restore an archived or merged organization")
	OrganizationResponse restore(@PathVariable UUID id) {
		return OrganizationResponse.of(this.organizations.restore(id), this.partners.includes(id));
	}

	private ResponseEntity<ProblemDetail> forbidden(String rule) {
		var locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				this.messages.getMessage(rule, null, locale));
		problem.setType(URI.create("urn:synergies:problem:forbidden"));
		problem.setTitle(this.messages.getMessage("problem.forbidden.title", null, locale));
		problem.setProperty("rule", rule);
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
	}

	private ResponseEntity<ProblemDetail> similarProblem(List<SimilarOrganization> similar) {
		var locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				this.messages.getMessage("organization.similar.detail", new Object[] { similar.size() }, locale));
		problem.setType(URI.create("urn:synergies:problem:similar-organizations"));
		problem.setTitle(this.messages.getMessage("organization.similar.title", null, locale));
		problem.setProperty("similar", similar);
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

}
