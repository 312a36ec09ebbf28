package org.synergies.countries.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.synergies.countries.CountryMemberships;
import org.synergies.countries.FocalPoints;
import org.synergies.countries.Treaties;
import org.synergies.organizations.OrganizationSummary;
import org.synergies.reference.ReferenceData;
import org.synergies.shared.CountryCode;

/**
 * Countries through the API: anyone reads the treaties, the memberships and the focal
 * points' names and institutions (no token); signed-in callers also read their e-mail and
 * telephone. The Secretariat records memberships and focal points; a national focal point
 * updates the contact details of their own country's entries.
 */
@RestController
@RequestMapping("/api/v1/countries")
@Tag(name = "Countries", description = "Parties and signatories of the treaties, and their national focal points")
class CountriesApiController {

	private static final String SECRETARIAT = "@countryAccess.isSecretariat()";

	private final CountryMemberships memberships;

	private final FocalPoints focalPoints;

	private final Treaties treaties;

	private final CountryPage page;

	private final ReferenceData reference;

	CountriesApiController(CountryMemberships memberships, FocalPoints focalPoints, Treaties treaties, CountryPage page,
			ReferenceData reference) {
		this.memberships = memberships;
		this.focalPoints = focalPoints;
		this.treaties = treaties;
		this.page = page;
		this.reference = reference;
	}

	@GetMapping
	@Operation(summary = "Countries with memberships or focal points recorded",
			description = "By name in the caller's language (Accept-Language).")
	List<CountrySummaryResponse> countries(Locale locale) {
		return this.page.lines(locale)
			.stream()
			.map(line -> new CountrySummaryResponse(line.country().value(), line.name(), line.memberships(),
					line.focalPoints()))
			.toList();
	}

	@GetMapping("/treaties")
	@Operation(summary = "Treaties a country may belong to",
			description = "The CMS Family instruments in their official order, then the other conventions (CITES, Ramsar, CBD, …).")
	List<TreatyResponse> treaties(Locale locale) {
		return this.treaties.all().stream().map(treaty -> TreatyResponse.of(treaty, locale)).toList();
	}

	@GetMapping("/{country}")
	@Operation(summary = "A country",
			description = "Any ISO 3166-1 alpha-2 code (404 otherwise): name, CMS region, memberships, focal points (contact details for signed-in callers only), partner organizations based or working there.")
	CountryResponse country(@PathVariable String country, Locale locale) {
		CountryCode code = CountryPaths.country(country);
		return new CountryResponse(code.value(), code.displayName(locale),
				this.reference.regionOf(code).map(region -> region.name(locale)).orElse(null), memberships(country),
				focalPoints(country),
				this.page.partners(code).organizations().stream().map(OrganizationSummary::id).toList());
	}

	@GetMapping("/{country}/memberships")
	@Operation(summary = "A country's memberships", description = "In the treaties' order.")
	List<CountryMembershipResponse> memberships(@PathVariable String country) {
		return this.memberships.of(CountryPaths.country(country)).stream().map(CountryMembershipResponse::of).toList();
	}

	@PostMapping("/{country}/memberships")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(SECRETARIAT)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Record a membership",
			description = "One per country and treaty; not beginning after today (400 with the field otherwise).")
	CountryMembershipResponse record(@PathVariable String country, @RequestBody CountryMembershipRequest request) {
		return CountryMembershipResponse.of(this.memberships.record(CountryPaths.country(country), request.details()));
	}

	@PutMapping("/{country}/memberships/{id}")
	@PreAuthorize(SECRETARIAT)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Update a membership", description = "`version` is the one read: 409 when it changed since.")
	CountryMembershipResponse update(@PathVariable String country, @PathVariable UUID id,
			@RequestBody CountryMembershipRequest request) {
		return CountryMembershipResponse.of(this.memberships.update(CountryPaths.country(country), id,
				request.version() == null ? -1 : request.version(), request.details()));
	}

	@DeleteMapping("/{country}/memberships/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(SECRETARIAT)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Remove a membership")
	void remove(@PathVariable String country, @PathVariable UUID id) {
		this.memberships.remove(CountryPaths.country(country), id);
	}

	@GetMapping("/{country}/focal-points")
	@Operation(summary = "A country's national focal points",
			description = "By treaty, primary first. E-mail and telephone for signed-in callers only.")
	List<NationalFocalPointResponse> focalPoints(@PathVariable String country) {
		return this.focalPoints.of(CountryPaths.country(country)).stream().map(NationalFocalPointResponse::of).toList();
	}

	@PostMapping("/{country}/focal-points")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(SECRETARIAT)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Name a national focal point",
			description = "One primary per country and treaty; `account`, when given, must be an account with the national focal point role for the same country (400 otherwise).")
	NationalFocalPointResponse name(@PathVariable String country, @RequestBody NationalFocalPointRequest request) {
		return NationalFocalPointResponse.of(this.focalPoints.name(CountryPaths.country(country), request.details()));
	}

	@PutMapping("/{country}/focal-points/{id}")
	@PreAuthorize(SECRETARIAT)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Update a national focal point",
			description = "`version` is the one read: 409 when it changed since.")
	NationalFocalPointResponse update(@PathVariable String country, @PathVariable UUID id,
			@RequestBody NationalFocalPointRequest request) {
		return NationalFocalPointResponse.of(this.focalPoints.update(CountryPaths.country(country), id,
				request.version() == null ? -1 : request.version(), request.details()));
	}

	@PutMapping("/{country}/focal-points/{id}/contact")
	@PreAuthorize("@countryAccess.keeps(#country)")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Update a focal point's contact details",
			description = "For the Secretariat and the national focal points of the country (403 for another country's): name, institution, position, e-mail, telephone. `version` is the one read: 409 when it changed since.")
	NationalFocalPointResponse updateContact(@PathVariable String country, @PathVariable UUID id,
			@RequestBody NationalFocalPointRequest request) {
		return NationalFocalPointResponse.of(this.focalPoints.updateContact(CountryPaths.country(country), id,
				request.version() == null ? -1 : request.version(), request.contact()));
	}

	@DeleteMapping("/{country}/focal-points/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(SECRETARIAT)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Remove a national focal point")
	void removeFocalPoint(@PathVariable String country, @PathVariable UUID id) {
		this.focalPoints.remove(CountryPaths.country(country), id);
	}

}
