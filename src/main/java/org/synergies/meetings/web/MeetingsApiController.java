package org.synergies.meetings.web;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.synergies.meetings.GoverningBodies;
import org.synergies.shared.NotFoundException;

/**
 * Governing bodies, meetings and decisions through the API: anyone reads; the Secretariat
 * records.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Governing bodies", description = "Bodies, meetings and decisions")
class MeetingsApiController {

	private final GoverningBodies bodies;

	MeetingsApiController(GoverningBodies bodies) {
		this.bodies = bodies;
	}

	@GetMapping("/bodies")
	@Operation(summary = "Governing bodies and working groups")
	List<GoverningBodyResponse> bodies() {
		return this.bodies.bodies().stream().map(GoverningBodyResponse::of).toList();
	}

	@PostMapping("/bodies")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Create an intersessional working group")
	GoverningBodyResponse createWorkingGroup(@RequestBody WorkingGroupRequest group) {
		return GoverningBodyResponse
			.of(this.bodies.createWorkingGroup(group.code(), group.nameEn(), group.nameFr(), group.nameEs()));
	}

	@GetMapping("/meetings")
	@Operation(summary = "Meetings, newest first", description = "Optionally of one body.")
	List<MeetingResponse> meetings(@RequestParam(required = false) @Nullable UUID body) {
		return this.bodies.meetings(body).stream().map(MeetingResponse::of).toList();
	}

	@GetMapping("/meetings/{id}")
	@Operation(summary = "A meeting")
	MeetingResponse meeting(@PathVariable UUID id) {
		return MeetingResponse.of(this.bodies.meeting(id).orElseThrow(() -> new NotFoundException("meeting", id)));
	}

	@PostMapping("/meetings")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Add a meeting")
	MeetingResponse schedule(@RequestBody MeetingRequest meeting) {
		return MeetingResponse.of(this.bodies.schedule(meeting.meeting()));
	}

	@GetMapping("/decisions")
	@Operation(summary = "Decisions, newest first", description = "Optionally of one body or one meeting.")
	List<DecisionResponse> decisions(@RequestParam(required = false) @Nullable UUID body,
			@RequestParam(required = false) @Nullable UUID meeting) {
		return this.bodies.decisions(body, meeting).stream().map(DecisionResponse::of).toList();
	}

	@GetMapping("/decisions/{id}")
	@Operation(summary = "A decision")
	DecisionResponse decision(@PathVariable UUID id) {
		return DecisionResponse.of(this.bodies.requireDecision(id));
	}

	@PostMapping("/decisions")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Record a decision",
			description = "Decisions never change: to correct one, record a new decision with `corrects`.")
	DecisionResponse record(@RequestBody DecisionRequest decision) {
		return DecisionResponse.of(this.bodies.record(decision.decision()));
	}

}
