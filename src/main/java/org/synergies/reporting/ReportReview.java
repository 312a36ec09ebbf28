package org.synergies.reporting;

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
import org.synergies.reporting.internal.ReportingSteps;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;

/**
 * The Secretariat's side: return a submitted report with comments (and, after the
 * deadline, the time to answer them), accept it, and decide whether the public may read
 * it. The organization is told by e-mail, in each member's language.
 */
@Service
public class ReportReview {

	private final ReportingSteps steps;

	private final ReportingCycles cycles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReportReview(ReportingSteps steps, ReportingCycles cycles, ApplicationEventPublisher events, Clock clock) {
		this.steps = steps;
		this.cycles = cycles;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Returns a submitted report with comments. After the deadline the organization needs
	 * more time to answer them: {@code answerBy} extends its deadline.
	 */
	@Transactional
	public ReportView returnReport(UUID id, long version, String comment, @Nullable LocalDate answerBy) {
		if (comment == null || comment.isBlank()) {
			throw new InvalidInputException(List.of(new FieldProblem("comment", "validation.required")));
		}
		ReportView report = find(id);
		CycleView cycle = this.cycles.find(report.cycle()).orElseThrow();
		LocalDate today = LocalDate.now(this.clock);
		LocalDate deadline = cycle.deadlineFor(report.organization());
		if (answerBy != null && answerBy.isAfter(deadline)) {
			this.cycles.extend(cycle.id(), report.organization(), answerBy);
			deadline = answerBy;
		}
		else if (today.isAfter(deadline)) {
			throw new InvalidInputException(List.of(new FieldProblem("answerBy", "report.rule.answer-by-needed")));
		}
		String author = CurrentUser.get().map(CurrentUser::displayName).orElse("Secretariat");
		ReportView returned = this.steps.changeReport(id, version, "returned",
				found -> found.returnWith(comment.strip(), author, now()));
		this.events.publishEvent(new ReportReturned(id, returned.organization(), cycle.id(), cycle.meetingCode(),
				comment.strip(), deadline, returned.version()));
		return returned;
	}

	@Transactional
	public ReportView accept(UUID id, long version, Visibility visibility) {
		ReportView report = find(id);
		CycleView cycle = this.cycles.find(report.cycle()).orElseThrow();
		ReportView accepted = this.steps.changeReport(id, version, "accepted",
				found -> found.accept(visibility, now()));
		this.events.publishEvent(new ReportAccepted(id, accepted.organization(), cycle.id(), cycle.meetingCode(),
				visibility, accepted.version()));
		return accepted;
	}

	/** Publishes an accepted report, or takes it back to internal. */
	@Transactional
	public ReportView show(UUID id, Visibility visibility) {
		return this.steps.changeReport(id, null, visibility == Visibility.PUBLIC ? "published" : "unpublished",
				found -> found.show(visibility, now()));
	}

	private ReportView find(UUID id) {
		return this.steps.reports()
			.findById(id)
			.map(this.steps::view)
			.orElseThrow(() -> new NotFoundException(ReportingSteps.REPORT, id));
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
