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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.synergies.agreements.internal.DueDiligenceReviews;
import org.synergies.agreements.web.DueDiligenceResponses.DueDiligenceApprovalRequest;
import org.synergies.agreements.web.DueDiligenceResponses.DueDiligenceChecklistRequest;
import org.synergies.agreements.web.DueDiligenceResponses.DueDiligenceChecklistResponse;
import org.synergies.agreements.web.DueDiligenceResponses.DueDiligenceReviewResponse;
import org.synergies.agreements.web.DueDiligenceResponses.DueDiligenceWriteRequest;

/**
 * Due diligence on agreements with private-sector organizations through the API, for the
 * Secretariat only (reviews are not public): the reviews of an agreement, started,
 * written, recorded and approved; the versions of the checklist.
 */
@RestController
@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
@SecurityRequirement(name = "bearer")
@Tag(name = "Due diligence", description = "Reviews of private-sector partners under the CMS Code of Conduct")
class DueDiligenceApiController {

	private static final String REVIEWS = "/api/v1/agreements/{id}/due-diligence";

	private static final String CHECKLISTS = "/api/v1/due-diligence-checklists";

	private final DueDiligenceReviews reviews;

	DueDiligenceApiController(DueDiligenceReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping(REVIEWS)
	@Operation(summary = "An agreement's due-diligence reviews, the latest first",
			description = "The latest one decides whether an agreement with a private-sector organization can be signed: approved, with a conclusion other than REJECT.")
	List<DueDiligenceReviewResponse> reviews(@PathVariable UUID id) {
		return this.reviews.reviewsOf(id).stream().map(DueDiligenceReviewResponse::of).toList();
	}

	@PostMapping(REVIEWS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start a review against the latest checklist",
			description = "Only for an agreement under negotiation with a private-sector organization, and no other review open (409 otherwise).")
	DueDiligenceReviewResponse start(@PathVariable UUID id) {
		return DueDiligenceReviewResponse.of(this.reviews.start(id));
	}

	@PutMapping(REVIEWS + "/{review}")
	@Operation(summary = "Write the answers and the conclusion; record the review",
			description = "`verdicts` name an item of the review's checklist by its code (400 otherwise). With `record: true`, every item must be answered and a conclusion given (400 naming what is missing). Refused once approved (409); `version` is the one read (409 when it changed since).")
	DueDiligenceReviewResponse write(@PathVariable UUID id, @PathVariable UUID review,
			@RequestBody DueDiligenceWriteRequest write) {
		return DueDiligenceReviewResponse
			.of(this.reviews.write(id, review, write.version() == null ? -1 : write.version(), write.domainAnswers(),
					write.conclusion(), write.conclusionText(), Boolean.TRUE.equals(write.record())));
	}

	@PostMapping(REVIEWS + "/{review}/approval")
	@Operation(summary = "Approve a recorded review",
			description = "By an officer other than the one who recorded it (409 otherwise).")
	DueDiligenceReviewResponse approve(@PathVariable UUID id, @PathVariable UUID review,
			@RequestBody DueDiligenceApprovalRequest approval) {
		return DueDiligenceReviewResponse
			.of(this.reviews.approve(id, review, approval.version() == null ? -1 : approval.version()));
	}

	@GetMapping(CHECKLISTS)
	@Operation(summary = "The versions of the due-diligence checklist, newest first")
	List<DueDiligenceChecklistResponse> checklists() {
		return this.reviews.checklists().stream().map(DueDiligenceChecklistResponse::of).toList();
	}

	@PostMapping(CHECKLISTS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a version of the checklist",
			description = "Items in order, each with a code of its own (letters, digits, hyphens) and its text in English, French and Spanish. New reviews follow it; earlier reviews keep theirs.")
	DueDiligenceChecklistResponse addChecklist(@RequestBody DueDiligenceChecklistRequest checklist) {
		return DueDiligenceChecklistResponse.of(this.reviews.addChecklist(checklist.domainItems()));
	}

}
