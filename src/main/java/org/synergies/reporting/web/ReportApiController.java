package org.synergies.reporting.web;

import java.io.IOException;
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
import org.synergies.reporting.internal.ReportReview;
import org.synergies.reporting.internal.ReportingAccess;
import org.synergies.reporting.internal.Reports;
import org.synergies.reporting.Visibility;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.system.Downloads;

/**
 * Reports through the API: starting, answering, files, submission, colleagues and review.
 */
@RestController
@RequestMapping("/api/v1/reporting")
@Tag(name = "Reporting", description = "Reporting format, cycles, reports, figures and compilations")
class ReportApiController {

	/**
	 * fromPrevious: copy the organization's previous report's answers (default false).
	 */
	record ReportStartRequest(UUID cycle, UUID organization, @Nullable Boolean fromPrevious) {
	}

	/**
	 * The answers by field key, as {@link ReportResponse#answers()} gives them; an entry
	 * of a group without {@code _id} is a new one.
	 */
	record ReportAnswersRequest(long version, @Nullable Map<String, Object> answers) {
	}

	/** A saved draft and what is already wrong in it (field paths and messages). */
	record ReportSavedResponse(ReportResponse report, List<ReportAnswerProblem> problems) {

		static ReportSavedResponse of(Reports.Saved saved) {
			return new ReportSavedResponse(ReportResponse.of(saved.report()),
					saved.problems()
						.stream()
						.map(problem -> new ReportAnswerProblem(problem.field(), problem.messageKey()))
						.toList());
		}

	}

	/** What is wrong with an answer: its path ({@code activities[0].title}) and rule. */
	record ReportAnswerProblem(String field, String rule) {
	}

	record ReportSubmissionRequest(@Nullable Long version) {
	}

	record ColleagueInvitationRequest(String email, @Nullable String name, @Nullable Language language,
			@Nullable String message) {
	}

	/**
	 * An invitation to contribute to a report, as its requester's organization sees it.
	 */
	record ColleagueInvitationResponse(UUID id, String email, InvitationStatus status, String askedBy, Instant askedAt,
			Instant expiresAt, @Nullable Instant answeredAt) {

		static ColleagueInvitationResponse of(MembershipInvitationView invitation) {
			return new ColleagueInvitationResponse(invitation.id(), invitation.email(), invitation.status(),
					invitation.requesterName(), invitation.createdAt(), invitation.expiresAt(), invitation.decidedAt());
		}

	}

	record ReportReturnRequest(long version, @Nullable String comment, @Nullable LocalDate answerBy) {
	}

	record ReportAcceptanceRequest(long version, @Nullable Visibility visibility) {
	}

	record ReportVisibilityRequest(Visibility visibility) {
	}

	private final Reports reports;

	private final ReportReview review;

	private final ReportingAccess access;

	ReportApiController(Reports reports, ReportReview review, ReportingAccess access) {
		this.reports = reports;
		this.review = review;
		this.access = access;
	}

	@GetMapping("/reports")
	@PreAuthorize("isAuthenticated()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Reports you may see",
			description = "An NGO's members: their organizations'. The Secretariat: those of a cycle (`cycle`).")
	List<ReportResponse> reports(@RequestParam(required = false) @Nullable UUID cycle) {
		if (cycle != null && this.access.isSecretariat()) {
			return ReportResponse.of(this.reports.ofCycle(cycle));
		}
		return ReportResponse.of(this.reports.ofOrganizations(CurrentUser.require().organizations()));
	}

	@GetMapping("/reports/published")
	@Operation(summary = "Reports the Secretariat published")
	List<ReportResponse> published() {
		return ReportResponse.of(this.reports.published());
	}

	@PostMapping("/reports")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("@reportingAccess.canReportFor(#start.organization())")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Start your organization's report for a cycle",
			description = "Optionally from its previous report.")
	ReportResponse start(@RequestBody ReportStartRequest start) {
		return ReportResponse
			.of(this.reports.start(start.cycle(), start.organization(), Boolean.TRUE.equals(start.fromPrevious())));
	}

	@GetMapping("/reports/{id}")
	@PreAuthorize("@reportingAccess.canSee(#id)")
	@Operation(summary = "A report")
	ReportResponse report(@PathVariable UUID id) {
		return ReportResponse.of(this.reports.find(id).orElseThrow(() -> new NotFoundException("report", id)));
	}

	@PutMapping("/reports/{id}/answers")
	@PreAuthorize("@reportingAccess.isReporter(#id)")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Save answers (a draft)",
			description = "Kept as sent; the answer lists what is already wrong. Two people saving the same version: the second gets 409.")
	ReportSavedResponse save(@PathVariable UUID id, @RequestBody ReportAnswersRequest answers) {
		Map<String, Object> raw = answers.answers();
		return ReportSavedResponse.of(this.reports.save(id, answers.version(), raw == null ? Map.of() : raw));
	}

	@PostMapping(path = "/reports/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("@reportingAccess.isReporter(#id)")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Attach a file to a file field",
			description = "`path`: the field's key, or `group[entryId].field` inside a group.")
	ReportResponse attach(@PathVariable UUID id, @RequestParam String path, @RequestParam("file") MultipartFile file)
			throws IOException {
		return ReportResponse
			.of(this.reports.attach(id, path, String.valueOf(file.getOriginalFilename()), file.getBytes()));
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
	ReportResponse submit(@PathVariable UUID id,
			@RequestBody(required = false) @Nullable ReportSubmissionRequest submission) {
		return ReportResponse.of(this.reports.submit(id, submission == null ? null : submission.version()));
	}

	@PostMapping("/reports/{id}/colleagues")
	@PreAuthorize("@reportingAccess.isReporter(#id)")
	@SecurityRequirement(name = "bearer")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Invite a colleague to contribute",
			description = "The colleague is invited to join the organization and becomes a member and a contributor only by accepting (signed in, or through the account invitation for a new address); no account changes before that. The message is shown as the requester's words. 429 with Retry-After beyond 10 invitations an hour or 3 pending invitations to one address for the report.")
	ColleagueInvitationResponse askColleague(@PathVariable UUID id, @RequestBody ColleagueInvitationRequest colleague) {
		return ColleagueInvitationResponse
			.of(this.reports.askColleague(id, colleague.email(), colleague.name() == null ? "" : colleague.name(),
					colleague.language() == null ? Language.EN : colleague.language(), colleague.message()));
	}

	@GetMapping("/reports/{id}/colleagues")
	@PreAuthorize("@reportingAccess.isReporter(#id) or @reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "The colleagues invited to contribute and where each invitation stands",
			description = "For the reporting organization's members and the Secretariat.")
	List<ColleagueInvitationResponse> colleagues(@PathVariable UUID id) {
		return this.reports.colleagueInvitations(id).stream().map(ColleagueInvitationResponse::of).toList();
	}

	@PostMapping("/reports/{id}/return")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Return a submitted report with comments",
			description = "After the deadline, `answerBy` gives the organization a new deadline.")
	ReportResponse returnReport(@PathVariable UUID id, @RequestBody ReportReturnRequest returned) {
		return ReportResponse.of(this.review.returnReport(id, returned.version(),
				returned.comment() == null ? "" : returned.comment(), returned.answerBy()));
	}

	@PostMapping("/reports/{id}/accept")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Accept a submitted report, published or internal")
	ReportResponse accept(@PathVariable UUID id, @RequestBody ReportAcceptanceRequest acceptance) {
		return ReportResponse.of(this.review.accept(id, acceptance.version(),
				acceptance.visibility() == null ? Visibility.INTERNAL : acceptance.visibility()));
	}

	@PostMapping("/reports/{id}/visibility")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Publish an accepted report, or keep it internal")
	ReportResponse show(@PathVariable UUID id, @RequestBody ReportVisibilityRequest shown) {
		return ReportResponse.of(this.review.show(id, shown.visibility()));
	}

}
