package org.synergies.accreditation.web;

import java.time.Instant;
import java.util.List;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.synergies.accreditation.AccreditationAccess;
import org.synergies.accreditation.AccreditationProcesses;
import org.synergies.accreditation.WorkingGroups;
import org.synergies.accreditation.ProcessContent;
import org.synergies.accreditation.ProcessView;
import org.synergies.accreditation.WorkingGroupMember;
import org.synergies.drafts.DraftComment;
import org.synergies.drafts.DraftComments;
import org.synergies.meetings.AdoptionRequest;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.VersionStatus;

/**
 * The accreditation process in versions and its working group through the API, with the
 * same rules and permissions as the pages.
 */
@RestController
@RequestMapping("/api/v1/accreditation")
@Tag(name = "Accreditation", description = "Process, working group, calls and register")
class ProcessApiController {

	record ProcessDraftRequest(@Nullable UUID workingGroup) {
	}

	record ProcessWritingRequest(ProcessContent content, long version) {
	}

	/**
	 * @param reference the paragraph or criterion the comment is about (e.g. "C2"), if
	 * any
	 */
	record ProcessCommentRequest(@Nullable String text, @Nullable String reference) {
	}

	/**
	 * @param number the version the comment was made on
	 */
	record ProcessCommentResponse(UUID id, UUID process, int number, @Nullable String reference, UUID author,
			String authorName, String text, Instant createdAt) {

		static ProcessCommentResponse of(DraftComment comment) {
			return new ProcessCommentResponse(comment.id(), comment.draft(), comment.number(), comment.reference(),
					comment.author(), comment.authorName(), comment.text(), comment.createdAt());
		}

	}

	record WorkingGroupMemberRequest(String email, WorkingGroupMember.Represents represents, @Nullable String country,
			@Nullable UUID organization) {
	}

	record WorkingGroupMemberResponse(UUID body, UUID account, String name, String email,
			WorkingGroupMember.Represents represents, @Nullable String country, @Nullable UUID organization,
			Instant addedAt) {

		static WorkingGroupMemberResponse of(WorkingGroupMember member) {
			return new WorkingGroupMemberResponse(member.body(), member.account(), member.name(), member.email(),
					member.represents(), member.country(), member.organization(), member.addedAt());
		}

	}

	private final AccreditationProcesses processes;

	private final WorkingGroups groups;

	private final AccreditationAccess access;

	private final DraftComments comments;

	ProcessApiController(AccreditationProcesses processes, WorkingGroups groups, AccreditationAccess access,
			DraftComments comments) {
		this.groups = groups;
		this.comments = comments;
		this.processes = processes;
		this.access = access;
	}

	@GetMapping("/process")
	@Operation(summary = "Versions of the process, newest first",
			description = "The public sees adopted and superseded versions; the Secretariat, the Standing Committee and working group members also see drafts.")
	List<ProcessVersionResponse> versions() {
		boolean insider = this.access.canSeeDrafts();
		return this.processes.versions()
			.stream()
			.filter(version -> insider || isPublic(version))
			.map(ProcessVersionResponse::of)
			.toList();
	}

	@GetMapping("/process/{id}")
	@Operation(summary = "A version of the process")
	ProcessVersionResponse version(@PathVariable UUID id) {
		return this.processes.find(id)
			.filter(found -> isPublic(found) || this.access.canSeeDrafts())
			.map(ProcessVersionResponse::of)
			.orElseThrow(() -> new NotFoundException("accreditation-process", id));
	}

	@PostMapping("/process")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Start a new draft", description = "Starts from the latest version. One draft at a time.")
	ProcessVersionResponse startDraft(@RequestBody ProcessDraftRequest draft) {
		return ProcessVersionResponse.of(this.processes.startDraft(draft.workingGroup()));
	}

	@PutMapping("/process/{id}")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Write a draft",
			description = "Criteria and documents get their keys (C1…, D1…) from their order.")
	ProcessVersionResponse write(@PathVariable UUID id, @RequestBody ProcessWritingRequest writing) {
		return ProcessVersionResponse.of(this.processes.write(id, writing.version(), writing.content()));
	}

	@GetMapping("/process/{id}/non-reporting")
	@Operation(summary = "What a version says happens when an accredited NGO misses a reporting deadline")
	NonReportingRuleBody nonReporting(@PathVariable UUID id) {
		ProcessView process = this.processes.find(id)
			.filter(found -> isPublic(found) || this.access.canSeeDrafts())
			.orElseThrow(() -> new NotFoundException("accreditation-process", id));
		return NonReportingRuleBody.of(this.processes.nonReporting(id), process.version());
	}

	@PutMapping("/process/{id}/non-reporting")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Write what a draft says of non-reporting",
			description = "Days to the warning and to the proposal to suspend, counted from the deadline missed; months of suspension to the proposal to withdraw (none: never).")
	NonReportingRuleBody writeNonReporting(@PathVariable UUID id, @RequestBody NonReportingRuleBody rule) {
		ProcessView written = this.processes.writeNonReporting(id, rule.version() == null ? -1 : rule.version(),
				rule.rule());
		return NonReportingRuleBody.of(this.processes.nonReporting(id), written.version());
	}

	@PostMapping("/process/{id}/submit")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Submit a draft to the Standing Committee")
	ProcessVersionResponse submit(@PathVariable UUID id) {
		return ProcessVersionResponse.of(this.processes.submit(id));
	}

	@PostMapping("/process/{id}/return")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Return a submitted version to draft")
	ProcessVersionResponse returnToDraft(@PathVariable UUID id) {
		return ProcessVersionResponse.of(this.processes.returnToDraft(id));
	}

	@PostMapping("/process/{id}/adopt")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Record the adoption by a Standing Committee decision",
			description = "The version in force until now is superseded.")
	ProcessVersionResponse adopt(@PathVariable UUID id, @RequestBody AdoptionRequest adoption) {
		return ProcessVersionResponse.of(this.processes.adopt(id, adoption.decision()));
	}

	@GetMapping("/process/{id}/comments")
	@PreAuthorize("@accreditationAccess.canSeeDrafts()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Comments on a version")
	List<ProcessCommentResponse> comments(@PathVariable UUID id) {
		version(id);
		return this.comments.on(AccreditationProcesses.AUDITED_AS, id)
			.stream()
			.map(ProcessCommentResponse::of)
			.toList();
	}

	@PostMapping("/process/{id}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("@accreditationAccess.canSeeDrafts()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Comment on a draft or submitted version",
			description = "On the record: a comment is never changed nor removed; the Secretariat is told by e-mail.")
	ProcessCommentResponse comment(@PathVariable UUID id, @RequestBody ProcessCommentRequest comment) {
		return ProcessCommentResponse
			.of(this.comments.comment(this.processes.commentable(id), comment.text(), comment.reference()));
	}

	@GetMapping("/working-groups/{body}/members")
	@PreAuthorize("@accreditationAccess.canSeeDrafts()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Members of a working group")
	List<WorkingGroupMemberResponse> members(@PathVariable UUID body) {
		return this.groups.members(body).stream().map(WorkingGroupMemberResponse::of).toList();
	}

	@PostMapping("/working-groups/{body}/members")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Add a member to a working group")
	void addMember(@PathVariable UUID body, @RequestBody WorkingGroupMemberRequest member) {
		this.groups.addMember(body, member.email(), member.represents(), member.country(), member.organization());
	}

	@DeleteMapping("/working-groups/{body}/members/{account}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Remove a member from a working group")
	void removeMember(@PathVariable UUID body, @PathVariable UUID account) {
		this.groups.removeMember(body, account);
	}

	private static boolean isPublic(ProcessView version) {
		return version.status() == VersionStatus.ADOPTED || version.status() == VersionStatus.SUPERSEDED;
	}

}
