package org.synergies.reporting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.synergies.reporting.internal.ReportingCycles;
import org.synergies.reporting.internal.ReportingNotices;
import org.synergies.reporting.RateSource;
import org.synergies.reporting.internal.CycleRates;
import org.synergies.reporting.internal.RateOrigin;
import org.synergies.shared.NotFoundException;

/**
 * Reporting cycles through the API: opening, schedule, invitations, rates, extensions,
 * overview and notices.
 */
@RestController
@RequestMapping("/api/v1/reporting")
@Tag(name = "Reporting", description = "Reporting format, cycles, reports, figures and compilations")
class CycleApiController {

	record CycleInvitationRequest(UUID organization) {
	}

	/**
	 * US dollars for one unit of each currency (none for US dollars), all from one
	 * source: the UN operational rate of exchange (the default) of the month of
	 * `appliesOn` (the current month when not given), or another source named in
	 * `sourceDescription`, on the day `appliesOn`.
	 */
	record CycleRatesRequest(@Nullable Map<String, BigDecimal> rates, @Nullable RateSource source,
			@Nullable String sourceDescription, @Nullable LocalDate appliesOn) {

		RateOrigin origin() {
			return new RateOrigin(this.source, this.sourceDescription, this.appliesOn);
		}

	}

	/** One currency's rate, with its source as in {@link CycleRatesRequest}. */
	record CycleRateRequest(@Nullable BigDecimal usdPerUnit, @Nullable RateSource source,
			@Nullable String sourceDescription, @Nullable LocalDate appliesOn) {
	}

	record CycleExtensionRequest(UUID organization, @Nullable LocalDate until) {
	}

	private final ReportingCycles cycles;

	private final ReportingNotices notices;

	private final CycleRates rates;

	CycleApiController(ReportingCycles cycles, ReportingNotices notices, CycleRates rates) {
		this.cycles = cycles;
		this.notices = notices;
		this.rates = rates;
	}

	@GetMapping("/cycles")
	@Operation(summary = "Reporting cycles, newest deadline first")
	List<CycleResponse> cycles() {
		return this.cycles.cycles().stream().map(CycleResponse::of).toList();
	}

	@GetMapping("/cycles/{id}")
	@Operation(summary = "A reporting cycle")
	CycleResponse cycle(@PathVariable UUID id) {
		return this.cycles.find(id)
			.map(CycleResponse::of)
			.orElseThrow(() -> new NotFoundException("reporting-cycle", id));
	}

	@PostMapping("/cycles")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Open a cycle for a meeting under the format in force",
			description = "The deadline is a date, or a number of weeks before the meeting.")
	CycleResponse open(@RequestBody CycleRequest cycle) {
		return CycleResponse.of(this.cycles.open(cycle.cycle()));
	}

	@PutMapping("/cycles/{id}/schedule")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Change a cycle's dates and reminders")
	CycleResponse reschedule(@PathVariable UUID id, @RequestParam long version, @RequestBody CycleRequest cycle) {
		return CycleResponse.of(this.cycles.reschedule(id, version, cycle.cycle()));
	}

	@PostMapping("/cycles/{id}/invitations")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Invite a partner to report (accredited NGOs must, without invitation)")
	CycleResponse invite(@PathVariable UUID id, @RequestBody CycleInvitationRequest invitation) {
		return CycleResponse.of(this.cycles.invite(id, invitation.organization()));
	}

	@DeleteMapping("/cycles/{id}/invitations/{organization}")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Withdraw an invitation")
	CycleResponse uninvite(@PathVariable UUID id, @PathVariable UUID organization) {
		return CycleResponse.of(this.cycles.uninvite(id, organization));
	}

	@PutMapping("/cycles/{id}/rates")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Set the exchange rates of the compilation (US dollars for one unit)",
			description = "Replaces every rate of the cycle. US dollars need no rate (refused). By default the UN operational rate of exchange of the current month.")
	CycleResponse rates(@PathVariable UUID id, @RequestBody CycleRatesRequest rates) {
		return CycleResponse
			.of(this.rates.replace(id, rates.rates() == null ? Map.of() : rates.rates(), rates.origin()));
	}

	@PutMapping("/cycles/{id}/rates/{currency}")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Enter or replace one currency's exchange rate with its source and date",
			description = "US dollars need no rate (refused). By default the UN operational rate of exchange of the current month.")
	CycleResponse rate(@PathVariable UUID id, @PathVariable String currency, @RequestBody CycleRateRequest rate) {
		Map<String, @Nullable BigDecimal> entered = new HashMap<>();
		entered.put(currency, rate.usdPerUnit());
		return CycleResponse.of(this.rates.enter(id, entered,
				new RateOrigin(rate.source(), rate.sourceDescription(), rate.appliesOn())));
	}

	@DeleteMapping("/cycles/{id}/rates/{currency}")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Remove one currency's exchange rate")
	CycleResponse removeRate(@PathVariable UUID id, @PathVariable String currency) {
		return CycleResponse.of(this.rates.remove(id, currency));
	}

	@PostMapping("/cycles/{id}/extensions")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Give an organization until a later date")
	CycleResponse extend(@PathVariable UUID id, @RequestBody CycleExtensionRequest extension) {
		return CycleResponse.of(this.cycles.extend(id, extension.organization(), extension.until()));
	}

	@GetMapping("/cycles/{id}/overview")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Each organization of the cycle and its report's progress")
	List<CycleOrganizationResponse> overview(@PathVariable UUID id) {
		return this.cycles.overview(id).stream().map(CycleOrganizationResponse::of).toList();
	}

	@GetMapping("/cycles/{id}/notices")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "What was e-mailed to whom about the cycle")
	List<CycleNoticeResponse> notices(@PathVariable UUID id) {
		return this.notices.sentFor(id).stream().map(CycleNoticeResponse::of).toList();
	}

}
