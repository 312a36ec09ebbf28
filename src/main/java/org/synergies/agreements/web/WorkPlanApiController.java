package org.synergies.agreements.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
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
import org.synergies.agreements.WorkPlanProgress;
import org.synergies.agreements.WorkPlans;
import org.synergies.agreements.web.WorkPlanRequests.WorkPlanDeliverableRequest;
import org.synergies.agreements.web.WorkPlanRequests.WorkPlanGoalRequest;
import org.synergies.agreements.web.WorkPlanRequests.WorkPlanProgressRequest;
import org.synergies.agreements.web.WorkPlanRequests.WorkPlanReviewRequest;
import org.synergies.agreements.web.WorkPlanResponse.WorkPlanDeliverableResponse;
import org.synergies.agreements.web.WorkPlanResponse.WorkPlanGoalResponse;
import org.synergies.agreements.web.WorkPlanResponse.WorkPlanLateResponse;

/**
 * Work plans through the API: anyone reads an agreement's work plan and its status report
 * (accepted progress only); the Secretariat plans goals and deliverables, reviews
 * progress and lists what is late; a partner's members report progress on their
 * organization's deliverables.
 */
@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Work plans", description = "Goals, deliverables and progress of agreements' work plans")
class WorkPlanApiController {

	private static final String SECRETARIAT = "hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')";

	private final WorkPlans plans;

	private final WorkPlanProgress progress;

	private final WorkPlanDocuments documents;

	WorkPlanApiController(WorkPlans plans, WorkPlanProgress progress, WorkPlanDocuments documents) {
		this.plans = plans;
		this.progress = progress;
		this.documents = documents;
	}

	@GetMapping("/{id}/work-plan")
	@Operation(summary = "An agreement's work plan",
			description = "Goals and deliverables with their accepted progress; a note awaiting review shows to the Secretariat and the responsible partner only.")
	WorkPlanResponse plan(@PathVariable UUID id) {
		return WorkPlanResponse.of(this.plans.plan(id));
	}

	@GetMapping("/{id}/work-plan/report")
	@Operation(summary = "The work plan's status report",
			description = "format: html, docx or pdf; language: en, fr or es. Late deliverables are flagged.")
	ResponseEntity<byte[]> report(@PathVariable UUID id, @RequestParam(defaultValue = "pdf") String format,
			@RequestParam(defaultValue = "en") String language) {
		return this.documents.download(id, format, language);
	}

	@GetMapping("/work-plans/late")
	@PreAuthorize(SECRETARIAT)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Late deliverables across all agreements",
			description = "Past their due date and neither completed nor cancelled, longest overdue first.")
	List<WorkPlanLateResponse> late() {
		return this.plans.late().stream().map(WorkPlanLateResponse::of).toList();
	}

	@PostMapping("/{id}/work-plan/goals")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(SECRETARIAT)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Add a goal to the work plan")
	WorkPlanGoalResponse addGoal(@PathVariable UUID id, @RequestBody WorkPlanGoalRequest goal) {
		return WorkPlanGoalResponse.of(this.plans.addGoal(id, goal.details()));
	}

	@PutMapping("/{id}/work-plan/goals/{goal}")
	@PreAuthorize(SECRETARIAT)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Revise a goal", description = "`version` is the one read: 409 when it changed since.")
	WorkPlanGoalResponse reviseGoal(@PathVariable UUID id, @PathVariable UUID goal,
			@RequestBody WorkPlanGoalRequest request) {
		return WorkPlanGoalResponse
			.of(this.plans.reviseGoal(id, goal, WorkPlanRequests.version(request.version()), request.details()));
	}

	@PostMapping("/{id}/work-plan/deliverables")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(SECRETARIAT)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Add a deliverable to a goal",
			description = "Due within the agreement's validity (400 otherwise), starting before it is due; responsible: one of the agreement's partners, none for the secretariat.")
	WorkPlanDeliverableResponse addDeliverable(@PathVariable UUID id,
			@RequestBody WorkPlanDeliverableRequest deliverable) {
		return WorkPlanDeliverableResponse.of(this.plans.addDeliverable(id, deliverable.details()));
	}

	@PutMapping("/{id}/work-plan/deliverables/{deliverable}")
	@PreAuthorize(SECRETARIAT)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Revise a deliverable", description = "`version` is the one read: 409 when it changed since.")
	WorkPlanDeliverableResponse reviseDeliverable(@PathVariable UUID id, @PathVariable UUID deliverable,
			@RequestBody WorkPlanDeliverableRequest request) {
		return WorkPlanDeliverableResponse.of(this.plans.reviseDeliverable(id, deliverable,
				WorkPlanRequests.version(request.version()), request.details()));
	}

	@PostMapping("/{id}/work-plan/deliverables/{deliverable}/progress")
	@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER', 'ORGANIZATION_MEMBER')")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Report progress on a deliverable",
			description = "By the Secretariat (accepted as written) or a member of the responsible organization (awaits review; 403 for anyone else); 409 while another note awaits review or when the deliverable changed since `version`.")
	WorkPlanDeliverableResponse report(@PathVariable UUID id, @PathVariable UUID deliverable,
			@RequestBody WorkPlanProgressRequest request) {
		return WorkPlanDeliverableResponse
			.of(this.progress.report(id, deliverable, WorkPlanRequests.version(request.version()), request.report()));
	}

	@PostMapping("/{id}/work-plan/deliverables/{deliverable}/review")
	@PreAuthorize(SECRETARIAT)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Accept or return the note awaiting review",
			description = "outcome ACCEPT or RETURN (a comment is required to return); the partner's members are told by e-mail.")
	WorkPlanDeliverableResponse review(@PathVariable UUID id, @PathVariable UUID deliverable,
			@RequestBody WorkPlanReviewRequest request) {
		return WorkPlanDeliverableResponse.of(this.progress.review(id, deliverable,
				WorkPlanRequests.version(request.version()), request.accepts(), request.comment()));
	}

}
