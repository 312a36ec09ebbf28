package org.synergies.accreditation.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
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

	record Start(UUID organization) {
	}

	record Answers(long version, Map<String, AnswerInput> answers) {
	}

	record QuestionAnswer(@Nullable String answer) {
	}

	record Question(@Nullable String question, @Nullable LocalDate dueOn) {
	}

	record Reasoned(long version, @Nullable String reason) {
	}

	record Versioned(long version) {
	}

	record RecommendationInput(Recommendation recommendation, @Nullable String reasons) {
	}

	/** The Committee's decision: at a meeting (with its id) or by written procedure. */
	record Decision(long version, Outcome outcome, @Nullable DecisionProcedure procedure, @Nullable UUID meeting,
			@Nullable String reference, @Nullable LocalDate adoptedOn, @Nullable String text) {

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
	List<ApplicationView> list() {
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
	ApplicationView start(@RequestBody Start start) {
		return this.applications.start(start.organization());
	}

	@GetMapping("/{id}")
	@PreAuthorize("@accreditationAccess.canSee(#id)")
	@Operation(summary = "An application with everything recorded on it")
	ApplicationView application(@PathVariable UUID id) {
		return this.applications.find(id).orElseThrow(() -> new NotFoundException("accreditation-application", id));
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
	ApplicationView saveAnswers(@PathVariable UUID id, @RequestBody Answers answers) {
		return this.applications.saveAnswers(id, answers.version(), answers.answers());
	}

	@PostMapping(path = "/{id}/documents/{code}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("@accreditationAccess.isApplicant(#id)")
	@Operation(summary = "Upload a required document", description = "PDF, DOCX, ODT, JPEG or PNG; judged by content.")
	ApplicationView uploadDocument(@PathVariable UUID id, @PathVariable String code,
			@RequestParam("file") MultipartFile file) throws IOException {
		return this.applications.uploadDocument(id, code, String.valueOf(file.getOriginalFilename()), file.getBytes());
	}

	@PostMapping(path = "/{id}/evidence/{criterion}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("@accreditationAccess.isApplicant(#id)")
	@Operation(summary = "Upload the evidence for a criterion")
	ApplicationView uploadEvidence(@PathVariable UUID id, @PathVariable String criterion,
			@RequestParam("file") MultipartFile file) throws IOException {
		return this.applications.uploadEvidence(id, criterion, String.valueOf(file.getOriginalFilename()),
				file.getBytes());
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize("@accreditationAccess.isApplicant(#id)")
	@Operation(summary = "Submit the application")
	ApplicationView submit(@PathVariable UUID id) {
		return this.applications.submit(id);
	}

	@PostMapping("/{id}/questions/{question}/answer")
	@PreAuthorize("@accreditationAccess.isApplicant(#id)")
	@Operation(summary = "Answer a question (answering a deferral returns the application to review)")
	ApplicationView answer(@PathVariable UUID id, @PathVariable UUID question, @RequestBody QuestionAnswer answer) {
		return this.applications.answerQuestion(id, question, answer.answer() == null ? "" : answer.answer());
	}

	@PostMapping("/{id}/questions")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@Operation(summary = "Ask the applicant a question, with a date to answer by")
	ApplicationView ask(@PathVariable UUID id, @RequestBody Question question) {
		return this.screening.ask(id, question.question() == null ? "" : question.question(), question.dueOn());
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@Operation(summary = "Return the application to the applicant, with a reason")
	ApplicationView returnToApplicant(@PathVariable UUID id, @RequestBody Reasoned reasoned) {
		return this.screening.returnToApplicant(id, reasoned.version(),
				reasoned.reason() == null ? "" : reasoned.reason());
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@Operation(summary = "Close the application, with a reason")
	ApplicationView close(@PathVariable UUID id, @RequestBody Reasoned reasoned) {
		return this.screening.close(id, reasoned.version(), reasoned.reason() == null ? "" : reasoned.reason());
	}

	@PostMapping("/{id}/forward")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@Operation(summary = "Forward the application to the Standing Committee")
	ApplicationView forward(@PathVariable UUID id, @RequestBody Versioned versioned) {
		return this.screening.forward(id, versioned.version());
	}

	@PostMapping("/{id}/recommendations")
	@PreAuthorize("@accreditationAccess.isCommitteeMember() and @accreditationAccess.canSee(#id)")
	@Operation(summary = "Record your recommendation (or abstain for a conflict of interest)")
	ApplicationView recommend(@PathVariable UUID id, @RequestBody RecommendationInput input) {
		return this.review.recommend(id, input.recommendation(), input.reasons());
	}

	@PostMapping("/{id}/decisions")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@Operation(summary = "Record the Standing Committee's decision",
			description = "Two officers recording at once: the second gets 409 (send the version you read).")
	ApplicationView decide(@PathVariable UUID id, @RequestBody Decision decision) {
		return this.review.decide(id, decision.version(), decision.outcome(), decision.decision());
	}

	@PostMapping("/{id}/corrections")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	@Operation(summary = "Record a decision correcting the last one")
	ApplicationView correct(@PathVariable UUID id, @RequestBody Decision decision) {
		return this.review.correct(id, decision.version(), decision.outcome(), decision.decision());
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
