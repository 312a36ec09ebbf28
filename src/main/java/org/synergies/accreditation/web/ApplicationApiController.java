package org.synergies.accreditation.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
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
import org.synergies.accreditation.AccreditationAccess;
import org.synergies.accreditation.AccreditationApplications;
import org.synergies.accreditation.AnswerInput;
import org.synergies.accreditation.ApplicationAction.Outcome;
import org.synergies.accreditation.ApplicationView;
import org.synergies.accreditation.CommitteeReview;
import org.synergies.accreditation.Recommendation;
import org.synergies.accreditation.Screening;
import org.synergies.files.StoredFile;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.NewDecision;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.system.Downloads;

/**
 * Applications for accreditation through the API, every step the pages offer: the NGO
 * applies and answers, the Secretariat screens, Committee members recommend, the
 * Secretariat records the Committee's decisions.
 */
@RestController
@RequestMapping("/api/v1/accreditation/applications")
@Tag(name = "Accreditation applications", description = "Applications and their review")
@SecurityRequirement(name = "bearer")
class ApplicationApiController {

	record ApplicationStartRequest(UUID organization) {
	}

	/** Answers by criterion key, each with its language. */
	record ApplicationAnswersRequest(long version, @Nullable Map<String, ApplicationAnswerInput> answers) {

		Map<String, AnswerInput> inputs() {
			Map<String, AnswerInput> inputs = new LinkedHashMap<>();
			if (this.answers == null) {
				return inputs;
			}
			this.answers.forEach((criterion, answer) -> inputs.put(criterion, answer.input()));
			return inputs;
		}

	}

	record ApplicationAnswerInput(@Nullable String text, @Nullable Language language) {

		AnswerInput input() {
			return new AnswerInput(this.text, this.language);
		}

	}

	record ApplicationQuestionAnswerRequest(@Nullable String answer) {
	}

	record ApplicationQuestionRequest(@Nullable String question, @Nullable LocalDate dueOn) {
	}

	record ApplicationReasonRequest(long version, @Nullable String reason) {
	}

	record ApplicationVersionRequest(long version) {
	}

	record ApplicationRecommendationRequest(Recommendation recommendation, @Nullable String reasons) {
	}

	/** The Committee's decision: at a meeting (with its id) or by written procedure. */
	record ApplicationDecisionRequest(long version, Outcome outcome, @Nullable DecisionProcedure procedure,
			@Nullable UUID meeting, @Nullable String reference, @Nullable LocalDate adoptedOn, @Nullable String text) {

		NewDecision decision() {
			return new NewDecision(GoverningBody.STANDING_COMMITTEE, this.meeting, this.procedure, this.reference,
					this.adoptedOn, this.text, null);
		}

	}

	private final AccreditationApplications applications;

	private final Screening screening;

	private final CommitteeReview review;

	private final AccreditationAccess access;

	ApplicationApiController(AccreditationApplications applications, Screening screening, CommitteeReview review,
			AccreditationAccess access) {
		this.applications = applications;
		this.screening = screening;
		this.review = review;
		this.access = access;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Applications you may see",
			description = "An NGO's members: their organizations'. Committee members: those forwarded. The Secretariat: all beyond drafts.")
	List<ApplicationResponse> list() {
		return visible().stream().map(ApplicationResponse::of).toList();
	}

	private List<ApplicationView> visible() {
		if (this.access.isSecretariat()) {
			return this.screening.applications();
		}
		List<ApplicationView> mine = this.applications.of(CurrentUser.require().organizations());
		if (!this.access.isCommitteeMember()) {
			return mine;
		}
		List<ApplicationView> all = new ArrayList<>(mine);
		this.review.applications().stream().filter(view -> !all.contains(view)).forEach(all::add);
		return all;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("@accreditationAccess.canApplyFor(#start.organization())")
	@Operation(summary = "Start an application under the open call")
	ApplicationResponse start(@RequestBody ApplicationStartRequest start) {
		return ApplicationResponse.of(this.applications.start(start.organization()));
	}

	@GetMapping("/{id}")
	@PreAuthorize("@accreditationAccess.canSee(#id)")
	@Operation(summary = "An application with everything recorded on it")
	ApplicationResponse application(@PathVariable UUID id) {
		return ApplicationResponse
			.of(this.applications.find(id).orElseThrow(() -> new NotFoundException("accreditation-application", id)));
	}

	@GetMapping("/{id}/missing")
	@PreAuthorize("@accreditationAccess.canSee(#id)")
	@Operation(summary = "What is still missing", description = "Criterion keys and document codes.")
	List<String> missing(@PathVariable UUID id) {
		return this.applications.missing(id);
	}

	@PutMapping("/{id}/answers")
	@PreAuthorize("@accreditationAccess.isApplicant(#id)")
	@Operation(summary = "Save answers (a draft)", description = "Answers by criterion key, each with its language.")
	ApplicationResponse saveAnswers(@PathVariable UUID id, @RequestBody ApplicationAnswersRequest answers) {
		return ApplicationResponse.of(this.applications.saveAnswers(id, answers.version(), answers.inputs()));
	}

	@PostMapping(path = "/{id}/documents/{code}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("@accreditationAccess.isApplicant(#id)")
	@Operation(summary = "Upload a required document", description = "PDF, DOCX, ODT, JPEG or PNG; judged by content.")
	ApplicationResponse uploadDocument(@PathVariable UUID id, @PathVariable String code,
			@RequestParam("file") MultipartFile file) throws IOException {
		return ApplicationResponse.of(this.applications.uploadDocument(id, code,
				String.valueOf(file.getOriginalFilename()), file.getBytes()));
	}

	@PostMapping(path = "/{id}/evidence/{criterion}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("@accreditationAccess.isApplicant(#id)")
	@Operation(summary = "Upload the evidence for a criterion")
	ApplicationResponse uploadEvidence(@PathVariable UUID id, @PathVariable String criterion,
			@RequestParam("file") MultipartFile file) throws IOException {
		return ApplicationResponse.of(this.applications.uploadEvidence(id, criterion,
				String.valueOf(file.getOriginalFilename()), file.getBytes()));
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize("@accreditationAccess.isApplicant(#id)")
	@Operation(summary = "Submit the application")
	ApplicationResponse submit(@PathVariable UUID id) {
		return ApplicationResponse.of(this.applications.submit(id));
	}

	@PostMapping("/{id}/questions/{question}/answer")
	@PreAuthorize("@accreditationAccess.isApplicant(#id)")
	@Operation(summary = "Answer a question (answering a deferral returns the application to review)")
	ApplicationResponse answer(@PathVariable UUID id, @PathVariable UUID question,
			@RequestBody ApplicationQuestionAnswerRequest answer) {
		return ApplicationResponse
			.of(this.applications.answerQuestion(id, question, answer.answer() == null ? "" : answer.answer()));
	}

	@PostMapping("/{id}/questions")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@Operation(summary = "Ask the applicant a question, with a date to answer by")
	ApplicationResponse ask(@PathVariable UUID id, @RequestBody ApplicationQuestionRequest question) {
		return ApplicationResponse
			.of(this.screening.ask(id, question.question() == null ? "" : question.question(), question.dueOn()));
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@Operation(summary = "Return the application to the applicant, with a reason")
	ApplicationResponse returnToApplicant(@PathVariable UUID id, @RequestBody ApplicationReasonRequest reasoned) {
		return ApplicationResponse.of(this.screening.returnToApplicant(id, reasoned.version(),
				reasoned.reason() == null ? "" : reasoned.reason()));
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@Operation(summary = "Close the application, with a reason")
	ApplicationResponse close(@PathVariable UUID id, @RequestBody ApplicationReasonRequest reasoned) {
		return ApplicationResponse
			.of(this.screening.close(id, reasoned.version(), reasoned.reason() == null ? "" : reasoned.reason()));
	}

	@PostMapping("/{id}/forward")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@Operation(summary = "Forward the application to the Standing Committee")
	ApplicationResponse forward(@PathVariable UUID id, @RequestBody ApplicationVersionRequest versioned) {
		return ApplicationResponse.of(this.screening.forward(id, versioned.version()));
	}

	@PostMapping("/{id}/recommendations")
	@PreAuthorize("@accreditationAccess.isCommitteeMember() and @accreditationAccess.canSee(#id)")
	@Operation(summary = "Record your recommendation (or abstain for a conflict of interest)")
	ApplicationResponse recommend(@PathVariable UUID id, @RequestBody ApplicationRecommendationRequest input) {
		return ApplicationResponse.of(this.review.recommend(id, input.recommendation(), input.reasons()));
	}

	@PostMapping("/{id}/decisions")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@Operation(summary = "Record the Standing Committee's decision",
			description = "Two officers recording at once: the second gets 409 (send the version you read).")
	ApplicationResponse decide(@PathVariable UUID id, @RequestBody ApplicationDecisionRequest decision) {
		return ApplicationResponse
			.of(this.review.decide(id, decision.version(), decision.outcome(), decision.decision()));
	}

	@PostMapping("/{id}/corrections")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@Operation(summary = "Record a decision correcting the last one")
	ApplicationResponse correct(@PathVariable UUID id, @RequestBody ApplicationDecisionRequest decision) {
		return ApplicationResponse
			.of(this.review.correct(id, decision.version(), decision.outcome(), decision.decision()));
	}

	@GetMapping("/{id}/files/{file}")
	@PreAuthorize("@accreditationAccess.canSee(#id)")
	@Operation(summary = "Download a file attached to the application")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID file) {
		StoredFile stored = this.applications.file(id, file).orElseThrow(() -> new NotFoundException("file", file));
		return Downloads.attachment(stored.kind().mediaType(), stored.id().toString(),
				this.applications.content(id, file));
	}

}
