package org.synergies.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.audit.AuditTrail;
import org.synergies.shared.CountryCode;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;
import org.synergies.system.CurrentActor;

/**
 * The governing bodies, their meetings and their decisions. Decisions are recorded once
 * and never changed; a correction is a new decision that names the one it corrects.
 */
@Service
public class GoverningBodies {

	private final MeetingRecords records;

	private final AuditTrail audit;

	private final Clock clock;

	private final MeetingNames names;

	private static final Set<String> SECRETARIAT_AUTHORITIES = Set.of("ROLE_SECRETARIAT_ADMIN",
			"ROLE_SECRETARIAT_OFFICER");

	GoverningBodies(MeetingRecords records, AuditTrail audit, Clock clock, MeetingNames names) {
		this.names = names;
		this.records = records;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<GoverningBody> bodies() {
		return this.records.bodies();
	}

	@Transactional(readOnly = true)
	public Optional<GoverningBody> body(UUID id) {
		return this.records.body(id);
	}

	/**
	 * An intersessional working group, e.g. on the special accreditation of NGO partners.
	 */
	@Transactional
	public GoverningBody createWorkingGroup(@Nullable String code, @Nullable String nameEn, @Nullable String nameFr,
			@Nullable String nameEs) {
		List<FieldProblem> problems = new ArrayList<>();
		if (code == null || code.isBlank()) {
			problems.add(new FieldProblem("code", "validation.required"));
		}
		else if (code.strip().length() > 30) {
			problems.add(new FieldProblem("code", "validation.too-long-n", 30));
		}
		else if (this.records.bodyCodeTaken(code.strip())) {
			problems.add(new FieldProblem("code", "body.rule.code-taken", code.strip()));
		}
		if (nameEn == null || nameEn.isBlank()) {
			problems.add(new FieldProblem("nameEn", "validation.required"));
		}
		requireNone(problems);
		// a working group of the Convention; its information documents follow the CMS
		// pattern
		GoverningBody body = new GoverningBody(UUID.randomUUID(), BodyKind.WORKING_GROUP, code.strip(), nameEn.strip(),
				blankToNull(nameFr), blankToNull(nameEs), GoverningBody.CONVENTION,
				"UNEP/CMS/" + code.strip() + "{meeting}/Inf.{n}");
		this.records.insertBody(body);
		this.audit.record("governing-body", body.id(), "created", null, body);
		return body;
	}

	@Transactional(readOnly = true)
	public List<MeetingView> meetings(@Nullable UUID body) {
		return this.records.meetings(body);
	}

	@Transactional(readOnly = true)
	public Optional<MeetingView> meeting(UUID id) {
		return this.records.meeting(id);
	}

	/** Adds a meeting; its code is the body's code and the number ("StC48"). */
	@Transactional
	public MeetingView schedule(NewMeeting meeting) {
		List<FieldProblem> problems = new ArrayList<>();
		GoverningBody body = meeting.body() == null ? null : this.records.body(meeting.body()).orElse(null);
		if (body == null) {
			problems.add(new FieldProblem("body", "validation.choose"));
		}
		if (meeting.number() == null || meeting.number() < 1) {
			problems.add(new FieldProblem("number", "meeting.rule.number"));
		}
		if (meeting.startsOn() == null) {
			problems.add(new FieldProblem("startsOn", "validation.required"));
		}
		if (meeting.endsOn() == null) {
			problems.add(new FieldProblem("endsOn", "validation.required"));
		}
		else if (meeting.startsOn() != null && meeting.endsOn().isBefore(meeting.startsOn())) {
			problems.add(new FieldProblem("endsOn", "meeting.rule.ends-before-start"));
		}
		if (meeting.place() == null || meeting.place().isBlank()) {
			problems.add(new FieldProblem("place", "validation.required"));
		}
		if (meeting.country() != null && !meeting.country().isBlank() && !CountryCode.isValid(meeting.country())) {
			problems.add(new FieldProblem("country", "validation.country"));
		}
		if (body != null && meeting.number() != null && this.records.meetingCodeTaken(body.code() + meeting.number())) {
			problems.add(new FieldProblem("number", "meeting.rule.exists", body.code() + meeting.number()));
		}
		requireNone(problems);
		MeetingView created = new MeetingView(UUID.randomUUID(), body.id(), body.code() + meeting.number(),
				meeting.number(), meeting.startsOn(), meeting.endsOn(), meeting.place().strip(),
				blankToNull(meeting.country()), body.instrument());
		this.records.insertMeeting(created);
		this.audit.record("meeting", created.id(), "created", null, created);
		return created;
	}

	@Transactional(readOnly = true)
	public List<DecisionView> decisions(@Nullable UUID body, @Nullable UUID meeting) {
		return this.records.decisions(body, meeting).stream().map(GoverningBodies::shaped).toList();
	}

	@Transactional(readOnly = true)
	public Optional<DecisionView> decision(UUID id) {
		return this.records.decision(id).map(GoverningBodies::shaped);
	}

	/** Later decisions that correct this one, oldest first. */
	@Transactional(readOnly = true)
	public List<DecisionView> corrections(UUID decision) {
		return this.records.corrections(decision).stream().map(GoverningBodies::shaped).toList();
	}

	/** The problems a decision would have, without recording it. */
	@Transactional(readOnly = true)
	public List<FieldProblem> check(NewDecision decision) {
		List<FieldProblem> problems = new ArrayList<>();
		GoverningBody body = decision.body() == null ? null : this.records.body(decision.body()).orElse(null);
		if (body == null) {
			problems.add(new FieldProblem("body", "validation.choose"));
		}
		if (decision.procedure() == null) {
			problems.add(new FieldProblem("procedure", "validation.choose"));
		}
		else if (decision.procedure() == DecisionProcedure.MEETING) {
			MeetingView meeting = decision.meeting() == null ? null
					: this.records.meeting(decision.meeting()).orElse(null);
			if (meeting == null) {
				problems.add(new FieldProblem("meeting", "decision.rule.meeting-required"));
			}
			else if (body != null && !meeting.body().equals(body.id())) {
				problems.add(new FieldProblem("meeting", "decision.rule.meeting-other-body", meeting.code()));
			}
			else if (decision.adoptedOn() != null && !meeting.covers(decision.adoptedOn())) {
				problems.add(new FieldProblem("adoptedOn", "decision.rule.outside-meeting",
						this.names.meeting(meeting.id()).the()));
			}
		}
		else if (decision.meeting() != null) {
			problems.add(new FieldProblem("meeting", "decision.rule.written-no-meeting"));
		}
		if (decision.reference() == null || decision.reference().isBlank()) {
			problems.add(new FieldProblem("reference", "validation.required"));
		}
		else if (decision.reference().strip().length() > 100) {
			problems.add(new FieldProblem("reference", "validation.too-long-n", 100));
		}
		else if (this.records.referenceTaken(decision.reference().strip())) {
			problems.add(new FieldProblem("reference", "decision.rule.reference-taken", decision.reference().strip()));
		}
		if (decision.adoptedOn() == null) {
			problems.add(new FieldProblem("adoptedOn", "validation.required"));
		}
		if (decision.text() == null || decision.text().isBlank()) {
			problems.add(new FieldProblem("text", "validation.required"));
		}
		if (decision.corrects() != null) {
			Optional<DecisionView> corrected = this.records.decision(decision.corrects());
			if (corrected.isEmpty() || body != null && !corrected.get().body().equals(body.id())) {
				problems.add(new FieldProblem("corrects", "decision.rule.corrects-unknown"));
			}
		}
		return problems;
	}

	@Transactional
	public DecisionView record(NewDecision decision) {
		requireNone(check(decision));
		DecisionView recorded = new DecisionView(UUID.randomUUID(), decision.body(),
				decision.procedure() == DecisionProcedure.MEETING ? decision.meeting() : null, decision.procedure(),
				decision.reference().strip(), decision.adoptedOn(), decision.text().strip(), decision.corrects(),
				Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS),
				CurrentActor.get().map(actor -> actor.actorName()).orElse("system"));
		this.records.insertDecision(recorded);
		this.audit.record("decision", recorded.id(), "recorded", null, recorded);
		return recorded;
	}

	@Transactional(readOnly = true)
	public DecisionView requireDecision(UUID id) {
		return decision(id).orElseThrow(() -> new NotFoundException("decision", id));
	}

	/**
	 * Who recorded a decision is for the Secretariat: anyone else (the public included)
	 * reads decisions without it (docs/privacy.md).
	 */
	private static DecisionView shaped(DecisionView decision) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean secretariat = authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(SECRETARIAT_AUTHORITIES::contains);
		return secretariat ? decision : decision.withoutRecorder();
	}

	private static void requireNone(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
