package org.synergies.reporting.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
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
import org.synergies.drafts.DraftComment;
import org.synergies.drafts.DraftComments;
import org.synergies.meetings.AdoptionRequest;
import org.synergies.reporting.internal.ReportingAccess;
import org.synergies.reporting.internal.ReportingTemplates;
import org.synergies.reporting.TemplateContent;
import org.synergies.shared.NotFoundException;

/**
 * The reporting format in versions through the API, with the same rules and permissions
 * as the pages.
 */
@RestController
@RequestMapping("/api/v1/reporting")
@Tag(name = "Reporting", description = "Reporting format, cycles, reports, figures and compilations")
class FormatApiController {

	record FormatWritingRequest(long version, TemplateContent content) {
	}

	/**
	 * @param reference the section or field the comment is about (e.g. "activities"), if
	 * any
	 */
	record FormatCommentRequest(@Nullable String text, @Nullable String reference) {
	}

	/**
	 * @param number the version the comment was made on
	 */
	record FormatCommentResponse(UUID id, UUID format, int number, @Nullable String reference, UUID author,
			String authorName, String text, Instant createdAt) {

		static FormatCommentResponse of(DraftComment comment) {
			return new FormatCommentResponse(comment.id(), comment.draft(), comment.number(), comment.reference(),
					comment.author(), comment.authorName(), comment.text(), comment.createdAt());
		}

	}

	private final ReportingTemplates templates;

	private final ReportingAccess access;

	private final DraftComments comments;

	FormatApiController(ReportingTemplates templates, ReportingAccess access, DraftComments comments) {
		this.comments = comments;
		this.templates = templates;
		this.access = access;
	}

	@GetMapping("/templates")
	@Operation(summary = "Versions of the reporting format, newest first",
			description = "The public sees adopted and superseded versions; the Secretariat, the Standing Committee and working group members also see drafts.")
	List<FormatVersionResponse> templates() {
		boolean insider = this.access.canSeeDrafts();
		return this.templates.versions()
			.stream()
			.filter(version -> version.isPublic() || insider)
			.map(FormatVersionResponse::of)
			.toList();
	}

	@GetMapping("/templates/{id}")
	@Operation(summary = "A version of the reporting format")
	FormatVersionResponse template(@PathVariable UUID id) {
		return this.templates.find(id)
			.filter(found -> found.isPublic() || this.access.canSeeDrafts())
			.map(FormatVersionResponse::of)
			.orElseThrow(() -> new NotFoundException("reporting-template", id));
	}

	@GetMapping("/templates/{id}/comments")
	@PreAuthorize("@reportingAccess.canSeeDrafts()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Comments on a version of the format", description = "Oldest first.")
	List<FormatCommentResponse> comments(@PathVariable UUID id) {
		template(id);
		return this.comments.on(ReportingTemplates.AUDITED_AS, id).stream().map(FormatCommentResponse::of).toList();
	}

	@PostMapping("/templates/{id}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("@reportingAccess.canSeeDrafts()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Comment on a draft or submitted version of the format",
			description = "On the record: a comment is never changed nor removed; the Secretariat is told by e-mail.")
	FormatCommentResponse comment(@PathVariable UUID id, @RequestBody FormatCommentRequest comment) {
		return FormatCommentResponse
			.of(this.comments.comment(this.templates.commentable(id), comment.text(), comment.reference()));
	}

	@PostMapping("/templates")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Start a new draft of the format",
			description = "From the latest version. One draft at a time.")
	FormatVersionResponse startDraft() {
		return FormatVersionResponse.of(this.templates.startDraft());
	}

	@PutMapping("/templates/{id}")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Write a draft of the format", description = "Every problem is listed by its path.")
	FormatVersionResponse writeTemplate(@PathVariable UUID id, @RequestBody FormatWritingRequest writing) {
		return FormatVersionResponse.of(this.templates.write(id, writing.version(), writing.content()));
	}

	@PostMapping("/templates/{id}/submit")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Submit a draft of the format to the Standing Committee")
	FormatVersionResponse submitTemplate(@PathVariable UUID id) {
		return FormatVersionResponse.of(this.templates.submit(id));
	}

	@PostMapping("/templates/{id}/return")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Return a submitted version of the format to draft")
	FormatVersionResponse returnTemplate(@PathVariable UUID id) {
		return FormatVersionResponse.of(this.templates.returnToDraft(id));
	}

	@PostMapping("/templates/{id}/adopt")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Record the adoption of the format by a Standing Committee decision")
	FormatVersionResponse adopt(@PathVariable UUID id, @RequestBody AdoptionRequest adoption) {
		return FormatVersionResponse.of(this.templates.adopt(id, adoption.decision()));
	}

}
