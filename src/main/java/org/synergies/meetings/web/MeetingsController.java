package org.synergies.meetings.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.synergies.meetings.AgendaProposals;
import org.synergies.meetings.DecisionOutcomes;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.DecisionView;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.meetings.NewDecision;
import org.synergies.meetings.NewMeeting;
import org.synergies.reference.ReferenceData;
import org.synergies.shared.CountryCode;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;
import org.synergies.system.FieldErrors;

/**
 * Governing bodies, meetings and decisions: public to read, recorded by the Secretariat.
 */
@Controller
class MeetingsController {

	record MeetingForm(@Nullable UUID body, @Nullable Integer number,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startsOn,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endsOn, @Nullable String place,
			@Nullable String country) {

		NewMeeting meeting() {
			return new NewMeeting(this.body, this.number, this.startsOn, this.endsOn, this.place, this.country);
		}

	}

	record DecisionForm(@Nullable UUID body, @Nullable UUID meeting, @Nullable DecisionProcedure procedure,
			@Nullable String reference, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate adoptedOn,
			@Nullable String text, @Nullable UUID corrects) {

		NewDecision decision() {
			return new NewDecision(this.body, this.meeting, this.procedure, this.reference, this.adoptedOn, this.text,
					this.corrects);
		}

	}

	record BodyForm(@Nullable String code, @Nullable String nameEn, @Nullable String nameFr, @Nullable String nameEs) {
	}

	private final GoverningBodies bodies;

	private final ReferenceData reference;

	private final List<AgendaProposals> proposals;

	private final List<DecisionOutcomes> outcomes;

	MeetingsController(GoverningBodies bodies, ReferenceData reference, List<AgendaProposals> proposals,
			List<DecisionOutcomes> outcomes) {
		this.bodies = bodies;
		this.reference = reference;
		this.proposals = proposals;
		this.outcomes = outcomes;
	}

	@GetMapping("/meetings")
	String overview(Model model, Locale locale) {
		model.addAttribute("groups", BodyGroup.of(this.bodies.bodies(), this.reference, locale));
		model.addAttribute("meetingsByBody",
				this.bodies.meetings(null).stream().collect(Collectors.groupingBy(MeetingView::body)));
		model.addAttribute("writtenByBody",
				this.bodies.decisions(null, null)
					.stream()
					.filter(decision -> decision.procedure() == DecisionProcedure.WRITTEN_PROCEDURE)
					.collect(Collectors.groupingBy(DecisionView::body)));
		return "meetings/overview";
	}

	@GetMapping("/meetings/{id}")
	String meeting(@PathVariable UUID id, Model model, Locale locale) {
		MeetingView meeting = this.bodies.meeting(id).orElseThrow(() -> new NotFoundException("meeting", id));
		model.addAttribute("meeting", meeting);
		model.addAttribute("instrumentName", this.reference.instrumentName(meeting.instrument(), locale));
		model.addAttribute("body", this.bodies.body(meeting.body()).orElseThrow());
		model.addAttribute("decisions", this.bodies.decisions(null, id));
		model.addAttribute("proposals",
				this.proposals.stream().flatMap(source -> source.proposedFor(meeting, locale).stream()).toList());
		return "meetings/meeting";
	}

	@GetMapping("/decisions/{id}")
	String decision(@PathVariable UUID id, Model model, Locale locale) {
		DecisionView decision = this.bodies.requireDecision(id);
		model.addAttribute("decision", decision);
		model.addAttribute("body", this.bodies.body(decision.body()).orElseThrow());
		model.addAttribute("meeting",
				decision.meeting() == null ? null : this.bodies.meeting(decision.meeting()).orElse(null));
		model.addAttribute("corrected",
				decision.corrects() == null ? null : this.bodies.decision(decision.corrects()).orElse(null));
		model.addAttribute("corrections", this.bodies.corrections(id));
		model.addAttribute("outcomes",
				this.outcomes.stream().flatMap(source -> source.of(id, locale).stream()).toList());
		return "meetings/decision";
	}

	@GetMapping("/meetings/new")
	@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
	String newMeeting(Model model, Locale locale) {
		return meetingForm(model, new MeetingForm(null, null, null, null, null, null), locale);
	}

	@PostMapping("/meetings/new")
	@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
	String schedule(@ModelAttribute("form") MeetingForm form, BindingResult result, Model model, Locale locale) {
		try {
			MeetingView meeting = this.bodies.schedule(form.meeting());
			return "redirect:/meetings/" + meeting.id();
		}
		catch (InvalidInputException invalid) {
			FieldErrors.apply(invalid.problems(), result);
			return meetingForm(model, form, locale);
		}
	}

	@GetMapping("/decisions/new")
	@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
	String newDecision(@RequestParam(required = false) @Nullable UUID corrects, Model model) {
		DecisionForm form = new DecisionForm(null, null, DecisionProcedure.MEETING, null, null, null, corrects);
		if (corrects != null) {
			DecisionView corrected = this.bodies.requireDecision(corrects);
			form = new DecisionForm(corrected.body(), corrected.meeting(), corrected.procedure(), null, null, null,
					corrects);
		}
		return decisionForm(model, form);
	}

	@PostMapping("/decisions/new")
	@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
	String record(@ModelAttribute("form") DecisionForm form, BindingResult result, Model model) {
		try {
			DecisionView decision = this.bodies.record(form.decision());
			return "redirect:/decisions/" + decision.id() + "?recorded";
		}
		catch (InvalidInputException invalid) {
			FieldErrors.apply(invalid.problems(), result);
			return decisionForm(model, form);
		}
	}

	@GetMapping("/bodies/new")
	@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
	String newBody(Model model) {
		model.addAttribute("form", new BodyForm(null, null, null, null));
		return "meetings/body";
	}

	@PostMapping("/bodies/new")
	@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
	String createBody(@ModelAttribute("form") BodyForm form, BindingResult result) {
		try {
			GoverningBody body = this.bodies.createWorkingGroup(form.code(), form.nameEn(), form.nameFr(),
					form.nameEs());
			return "redirect:/meetings?created=" + body.code() + "#body-" + body.id();
		}
		catch (InvalidInputException invalid) {
			FieldErrors.apply(invalid.problems(), result);
			return "meetings/body";
		}
	}

	private String meetingForm(Model model, MeetingForm form, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("groups", BodyGroup.of(this.bodies.bodies(), this.reference, locale));
		model.addAttribute("countries", CountryCode.all(locale));
		return "meetings/new-meeting";
	}

	private String decisionForm(Model model, DecisionForm form) {
		model.addAttribute("form", form);
		model.addAttribute("bodies", this.bodies.bodies());
		List<MeetingView> meetings = this.bodies.meetings(null);
		model.addAttribute("meetings", meetings);
		model.addAttribute("procedures", DecisionProcedure.values());
		model.addAttribute("corrected",
				form.corrects() == null ? null : this.bodies.decision(form.corrects()).orElse(null));
		return "meetings/new-decision";
	}

}
