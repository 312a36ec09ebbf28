package org.synergies.accreditation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.synergies.accounts.CurrentUser;
import org.synergies.accreditation.internal.AccreditationApplication;
import org.synergies.accreditation.internal.AccreditationSteps;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;

/**
 * The Secretariat's screening of submitted applications: completeness per criterion and
 * document, questions to the applicant answered on the record, then forward to the
 * Standing Committee, return to the applicant, or close, with a reason.
 */
@Service
public class Screening {

	private final AccreditationSteps steps;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Screening(AccreditationSteps steps, ApplicationEventPublisher events, Clock clock) {
		this.steps = steps;
		this.events = events;
		this.clock = clock;
	}

	/** Every application beyond its draft, most recently changed first. */
	@Transactional(readOnly = true)
	public List<ApplicationView> applications() {
		return this.steps.applications()
			.findAllByOrderByUpdatedAtDesc()
			.stream()
			.filter(application -> application.status() != ApplicationStatus.DRAFT)
			.map(AccreditationApplication::view)
			.toList();
	}

	@Transactional
	public ApplicationView ask(UUID id, String question, @Nullable LocalDate dueOn) {
		requireText("question", question);
		if (dueOn != null && dueOn.isBefore(LocalDate.now(this.clock))) {
			throw new InvalidInputException(List.of(new FieldProblem("dueOn", "screening.rule.due-in-past")));
		}
		String by = CurrentUser.get().map(CurrentUser::actorName).orElse("Secretariat");
		ApplicationView asked = this.steps.changeApplication(id, null, "question-asked",
				application -> application.ask(question.strip(), dueOn, by, now()));
		ApplicationView.Question added = asked.questions().get(asked.questions().size() - 1);
		this.events.publishEvent(
				new ScreeningQuestionAsked(id, asked.organization(), added.id(), added.text(), added.dueOn()));
		return asked;
	}

	@Transactional
	public ApplicationView returnToApplicant(UUID id, long version, String reason) {
		requireText("reason", reason);
		return this.steps.changeApplication(id, version, "returned",
				application -> application.returnToApplicant(reason.strip(), now()));
	}

	@Transactional
	public ApplicationView close(UUID id, long version, String reason) {
		requireText("reason", reason);
		return this.steps.changeApplication(id, version, "closed",
				application -> application.close(reason.strip(), now()));
	}

	@Transactional
	public ApplicationView forward(UUID id, long version) {
		ProcessView process = this.steps.process(this.steps.application(id).processId());
		return this.steps.changeApplication(id, version, "forwarded",
				application -> application.forward(process, now()));
	}

	private static void requireText(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(List.of(new FieldProblem(field, "validation.required")));
		}
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
