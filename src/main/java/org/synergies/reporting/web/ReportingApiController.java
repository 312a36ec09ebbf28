package org.synergies.reporting.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.synergies.accounts.CurrentUser;
import org.synergies.files.StoredFile;
import org.synergies.organizations.InvitationStatus;
import org.synergies.organizations.MembershipInvitationView;
import org.synergies.reporting.Compilation;
import org.synergies.reporting.Compilation.Dimension;
import org.synergies.reporting.Compilation.Kind;
import org.synergies.reporting.CompilationJob;
import org.synergies.reporting.CompilationJobs;
import org.synergies.reporting.Compilations;
import org.synergies.reporting.CycleRow;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.NewCycle;
import org.synergies.reporting.ReportReview;
import org.synergies.reporting.ReportView;
import org.synergies.reporting.ReportingAccess;
import org.synergies.reporting.ReportingCycles;
import org.synergies.reporting.ReportingNotices;
import org.synergies.reporting.ReportingTemplates;
import org.synergies.reporting.Reports;
import org.synergies.reporting.TemplateContent;
import org.synergies.reporting.TemplateView;
import org.synergies.reporting.Visibility;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.system.Downloads;

/**
 * Civil-society reporting through the API: the format, the cycles and their figures, the
 * reports, the compilations — with the same rules and permissions as the pages.
 */
@RestController
@RequestMapping("/api/v1/reporting")
@Tag(name = "Reporting", description = "Reporting format, cycles, reports, figures and compilations")
class ReportingApiController {

	record Writing(long version, TemplateContent content) {
	}

	record Adoption(UUID decision) {
	}

	record Invitation(UUID organization) {
	}

	record Rates(Map<String, BigDecimal> rates) {
	}

	record Extension(UUID organization, @Nullable LocalDate until) {
	}

	/**
	 * fromPrevious: copy the organization's previous report's answers (default false).
	 */
	record Start(UUID cycle, UUID organization, @Nullable Boolean fromPrevious) {
	}

	record Answers(long version, Map<String, Object> answers) {
	}

	/** A saved draft and what is already wrong in it (field paths and messages). */
	record Saved(ReportView report, List<Problem> problems) {
	}

	record Problem(String field, String rule) {
	}

	record Versioned(@Nullable Long version) {
	}

	record Colleague(String email, @Nullable String name, @Nullable Language language, @Nullable String message) {
	}

	/**
	 * An invitation to contribute to a report, as its requester's organization sees it.
	 */
	record ColleagueInvitation(UUID id, String email, InvitationStatus status, String askedBy, Instant askedAt,
			Instant expiresAt, @Nullable Instant answeredAt) {

		static ColleagueInvitation of(MembershipInvitationView invitation) {
			return new ColleagueInvitation(invitation.id(), invitation.email(), invitation.status(),
					invitation.requesterName(), invitation.createdAt(), invitation.expiresAt(), invitation.decidedAt());
		}

	}

	record Return(long version, @Nullable String comment, @Nullable LocalDate answerBy) {
	}

	record Acceptance(long version, @Nullable Visibility visibility) {
	}

	record Shown(Visibility visibility) {
	}

	record CompilationRequest(UUID cycle, @Nullable String instrument, @Nullable Language language,
			@Nullable String symbol) {
	}

	private final ReportingTemplates templates;

	private final ReportingCycles cycles;

	private final ReportingNotices notices;

	private final Reports reports;

	private final ReportReview review;

	private final Compilations compilations;

	private final CompilationJobs jobs;

	private final ReportingAccess access;

	ReportingApiController(ReportingTemplates templates, ReportingCycles cycles, ReportingNotices notices,
			Reports reports, ReportReview review, Compilations compilations, CompilationJobs jobs,
			ReportingAccess access) {
		this.templates = templates;
		this.cycles = cycles;
		this.notices = notices;
		this.reports = reports;
		this.review = review;
		this.compilations = compilations;
		this.jobs = jobs;
		this.access = access;
	}

	@GetMapping("/templates")
	@Operation(summary = "Versions of the reporting format, newest first",
			description = "The public sees adopted and superseded versions; the Secretariat also drafts.")
	List<TemplateView> templates() {
		return this.templates.versions()
			.stream()
			.filter(version -> version.isPublic() || this.access.isSecretariat())
			.toList();
	}

	@GetMapping("/templates/{id}")
	@Operation(summary = "A version of the reporting format")
	TemplateView template(@PathVariable UUID id) {
		return this.templates.find(id)
			.filter(found -> found.isPublic() || this.access.isSecretariat())
			.orElseThrow(() -> new NotFoundException("reporting-template", id));
	}

	@PostMapping("/templates")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Start a new draft of the format",
			description = "From the latest version. One draft at a time.")
	TemplateView startDraft() {
		return this.templates.startDraft();
	}

	@PutMapping("/templates/{id}")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Write a draft of the format", description = "Every problem is listed by its path.")
	TemplateView writeTemplate(@PathVariable UUID id, @RequestBody Writing writing) {
		return this.templates.write(id, writing.version(), writing.content());
	}

	@PostMapping("/templates/{id}/submit")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Submit a draft of the format to the Standing Committee")
	TemplateView submitTemplate(@PathVariable UUID id) {
		return this.templates.submit(id);
	}

	@PostMapping("/templates/{id}/return")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Return a submitted version of the format to draft")
	TemplateView returnTemplate(@PathVariable UUID id) {
		return this.templates.returnToDraft(id);
	}

	@PostMapping("/templates/{id}/adopt")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Record the adoption of the format by a Standing Committee decision")
	TemplateView adopt(@PathVariable UUID id, @RequestBody Adoption adoption) {
		return this.templates.adopt(id, adoption.decision());
	}

	@GetMapping("/cycles")
	@Operation(summary = "Reporting cycles, newest deadline first")
	List<CycleView> cycles() {
		return this.cycles.cycles();
	}

	@GetMapping("/cycles/{id}")
	@Operation(summary = "A reporting cycle")
	CycleView cycle(@PathVariable UUID id) {
		return this.cycles.find(id).orElseThrow(() -> new NotFoundException("reporting-cycle", id));
	}

	@PostMapping("/cycles")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Open a cycle for a meeting under the format in force",
			description = "The deadline is a date, or a number of weeks before the meeting.")
	CycleView open(@RequestBody NewCycle cycle) {
		return this.cycles.open(cycle);
	}

	@PutMapping("/cycles/{id}/schedule")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Change a cycle's dates and reminders")
	CycleView reschedule(@PathVariable UUID id, @RequestParam long version, @RequestBody NewCycle cycle) {
		return this.cycles.reschedule(id, version, cycle);
	}

	@PostMapping("/cycles/{id}/invitations")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Invite a partner to report (accredited NGOs must, without invitation)")
	CycleView invite(@PathVariable UUID id, @RequestBody Invitation invitation) {
		return this.cycles.invite(id, invitation.organization());
	}

	@DeleteMapping("/cycles/{id}/invitations/{organization}")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Withdraw an invitation")
	CycleView uninvite(@PathVariable UUID id, @PathVariable UUID organization) {
		return this.cycles.uninvite(id, organization);
	}

	@PutMapping("/cycles/{id}/rates")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Set the exchange rates of the compilation (US dollars for one unit)")
	CycleView rates(@PathVariable UUID id, @RequestBody Rates rates) {
		return this.cycles.setRates(id, rates.rates() == null ? Map.of() : rates.rates());
	}

	@PostMapping("/cycles/{id}/extensions")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Give an organization until a later date")
	CycleView extend(@PathVariable UUID id, @RequestBody Extension extension) {
		return this.cycles.extend(id, extension.organization(), extension.until());
	}

	@GetMapping("/cycles/{id}/overview")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Each organization of the cycle and its report's progress")
	List<CycleRow> overview(@PathVariable UUID id) {
		return this.cycles.overview(id);
	}

	@GetMapping("/cycles/{id}/notices")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "What was e-mailed to whom about the cycle")
	List<ReportingNotices.Notice> notices(@PathVariable UUID id) {
		return this.notices.sentFor(id);
	}

	@GetMapping("/cycles/{id}/figures")
	@Operation(summary = "The combined figures of the cycle's accepted reports",
			description = "In US dollars, cash and in kind apart, by instrument, region, species group and target; for one instrument with `instrument`. Refused (409) while a rate is missing.")
	Compilation.Figures figures(@PathVariable UUID id, @RequestParam(required = false) @Nullable String instrument) {
		return this.compilations.compile(id, blankToNull(instrument)).figures();
	}

	@GetMapping("/cycles/{id}/figures/lines")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "The financial lines behind a figure",
			description = "An empty `code` gives the money funding no particular activity.")
	List<Compilation.Line> lines(@PathVariable UUID id, @RequestParam(required = false) @Nullable String instrument,
			@RequestParam Dimension dimension, @RequestParam(defaultValue = "") String code,
			@RequestParam(required = false) @Nullable Kind kind) {
		return this.compilations.compile(id, blankToNull(instrument)).linesUnder(dimension, code, kind);
	}

	@GetMapping("/reports")
	@PreAuthorize("isAuthenticated()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Reports you may see",
			description = "An NGO's members: their organizations'. The Secretariat: those of a cycle (`cycle`).")
	List<ReportView> reports(@RequestParam(required = false) @Nullable UUID cycle) {
		if (cycle != null && this.access.isSecretariat()) {
			return this.reports.ofCycle(cycle);
		}
		return this.reports.ofOrganizations(CurrentUser.require().organizations());
	}

	@GetMapping("/reports/published")
	@Operation(summary = "Reports the Secretariat published")
	List<ReportView> published() {
		return this.reports.published();
	}

	@PostMapping("/reports")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("@reportingAccess.canReportFor(#start.organization())")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Start your organization's report for a cycle",
			description = "Optionally from its previous report.")
	ReportView start(@RequestBody Start start) {
		return this.reports.start(start.cycle(), start.organization(), Boolean.TRUE.equals(start.fromPrevious()));
	}

	@GetMapping("/reports/{id}")
	@PreAuthorize("@reportingAccess.canSee(#id)")
	@Operation(summary = "A report")
	ReportView report(@PathVariable UUID id) {
		return this.reports.find(id).orElseThrow(() -> new NotFoundException("report", id));
	}

	@PutMapping("/reports/{id}/answers")
	@PreAuthorize("@reportingAccess.isReporter(#id)")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Save answers (a draft)",
			description = "Kept as sent; the answer lists what is already wrong. Two people saving the same version: the second gets 409.")
	Saved save(@PathVariable UUID id, @RequestBody Answers answers) {
		Reports.Saved saved = this.reports.save(id, answers.version(),
				answers.answers() == null ? Map.of() : answers.answers());
		return new Saved(saved.report(),
				saved.problems().stream().map(problem -> new Problem(problem.field(), problem.messageKey())).toList());
	}

	@PostMapping(path = "/reports/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("@reportingAccess.isReporter(#id)")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Attach a file to a file field",
			description = "`path`: the field's key, or `group[entryId].field` inside a group.")
	ReportView attach(@PathVariable UUID id, @RequestParam String path, @RequestParam("file") MultipartFile file)
			throws IOException {
		return this.reports.attach(id, path, String.valueOf(file.getOriginalFilename()), file.getBytes());
	}

	@GetMapping("/reports/{id}/files/{file}")
	@PreAuthorize("@reportingAccess.canSee(#id)")
	@Operation(summary = "Download a file attached to a report")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID file) {
		StoredFile stored = this.reports.file(id, file).orElseThrow(() -> new NotFoundException("file", file));
		return Downloads.attachment(stored.kind().mediaType(), stored.id().toString(), this.reports.content(id, file));
	}

	@PostMapping("/reports/{id}/submit")
	@PreAuthorize("@reportingAccess.isReporter(#id)")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Submit the report",
			description = "400 with every problem when incomplete; 409 after the deadline.")
	ReportView submit(@PathVariable UUID id, @RequestBody(required = false) @Nullable Versioned versioned) {
		return this.reports.submit(id, versioned == null ? null : versioned.version());
	}

	@PostMapping("/reports/{id}/colleagues")
	@PreAuthorize("@reportingAccess.isReporter(#id)")
	@SecurityRequirement(name = "bearer")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Invite a colleague to contribute",
			description = "The colleague is invited to join the organization and becomes a member and a contributor only by accepting (signed in, or through the account invitation for a new address); no account changes before that. The message is shown as the requester's words. 429 with Retry-After beyond 10 invitations an hour or 3 pending invitations to one address for the report.")
	ColleagueInvitation askColleague(@PathVariable UUID id, @RequestBody Colleague colleague) {
		return ColleagueInvitation
			.of(this.reports.askColleague(id, colleague.email(), colleague.name() == null ? "" : colleague.name(),
					colleague.language() == null ? Language.EN : colleague.language(), colleague.message()));
	}

	@GetMapping("/reports/{id}/colleagues")
	@PreAuthorize("@reportingAccess.isReporter(#id) or @reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "The colleagues invited to contribute and where each invitation stands",
			description = "For the reporting organization's members and the Secretariat.")
	List<ColleagueInvitation> colleagues(@PathVariable UUID id) {
		return this.reports.colleagueInvitations(id).stream().map(ColleagueInvitation::of).toList();
	}

	@PostMapping("/reports/{id}/return")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Return a submitted report with comments",
			description = "After the deadline, `answerBy` gives the organization a new deadline.")
	ReportView returnReport(@PathVariable UUID id, @RequestBody Return returned) {
		return this.review.returnReport(id, returned.version(), returned.comment() == null ? "" : returned.comment(),
				returned.answerBy());
	}

	@PostMapping("/reports/{id}/accept")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Accept a submitted report, published or internal")
	ReportView accept(@PathVariable UUID id, @RequestBody Acceptance acceptance) {
		return this.review.accept(id, acceptance.version(),
				acceptance.visibility() == null ? Visibility.INTERNAL : acceptance.visibility());
	}

	@PostMapping("/reports/{id}/visibility")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Publish an accepted report, or keep it internal")
	ReportView show(@PathVariable UUID id, @RequestBody Shown shown) {
		return this.review.show(id, shown.visibility());
	}

	@PostMapping("/compilations")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Compile the information document in the background",
			description = "Refused at once (409) when an exchange rate is missing. Poll the compilation for its progress.")
	CompilationJob compile(@RequestBody CompilationRequest request) {
		return this.jobs.request(request.cycle(), blankToNull(request.instrument()),
				request.language() == null ? Language.EN : request.language(),
				request.symbol() == null ? "" : request.symbol());
	}

	@GetMapping("/compilations/{id}")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "A compilation and its progress")
	CompilationJob compilation(@PathVariable UUID id) {
		return this.jobs.find(id).orElseThrow(() -> new NotFoundException("compilation", id));
	}

	@GetMapping("/compilations/{id}/{format}")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "A compiled output: docx, pdf, html, xlsx or csv")
	ResponseEntity<byte[]> output(@PathVariable UUID id, @PathVariable String format) {
		CompilationJobs.Download download = this.jobs.download(id, format);
		return Downloads.attachment(download.mediaType(), download.fileName(), download.content());
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
