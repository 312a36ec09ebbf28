package org.synergies.reporting.internal;

import org.synergies.reporting.Visibility;
import org.synergies.reporting.ReportView;
import org.synergies.reporting.ReportReturned;
import org.synergies.reporting.ReportAccepted;
import org.synergies.reporting.CycleView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.CurrentUser;
import org.synergies.shared.NotFoundException;

/**
 * The Secretariat's side: return a submitted report with comments (and, after the
 * deadline, the time to answer them), accept it, and decide whether the public may read
 * it. The organization hears of it by e-mail, in each member's language, through
 * {@link ReportReturned} and {@link ReportAccepted}.
 */
@Service
public class ReportReview {

	private final ReportingSteps steps;

	private final ReportingCycles cycles;

	private final ReportDeadlines deadlines;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReportReview(ReportingSteps steps, ReportingCycles cycles, ReportDeadlines deadlines,
			ApplicationEventPublisher events, Clock clock) {
		this.deadlines = deadlines;
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
		Report report = this.steps.report(id);
		CycleView cycle = cycle(report);
		ReportingDeadline deadline = deadline(report, cycle);
		String author = CurrentUser.get().map(CurrentUser::displayName).orElse("Secretariat");
		ReportView returned = this.steps.changeReport(id, version, "returned",
				found -> found.returnWith(comment == null ? "" : comment, author, answerBy, deadline, now()));
		LocalDate answerDeadline = deadline.closesOn();
		if (answerBy != null && deadline.isExtendedBy(answerBy)) {
			this.cycles.extend(cycle.id(), report.organizationId(), answerBy);
			answerDeadline = answerBy;
		}
		this.events.publishEvent(new ReportReturned(id, returned.organization(), cycle.id(), cycle.meetingCode(),
				comment.strip(), answerDeadline, returned.version()));
		return returned;
	}

	@Transactional
	public ReportView accept(UUID id, long version, Visibility visibility) {
		Report report = this.steps.report(id);
		CycleView cycle = cycle(report);
		ReportingDeadline deadline = deadline(report, cycle);
		ReportView accepted = this.steps.changeReport(id, version, "accepted",
				found -> found.accept(visibility, deadline, now()));
		this.events.publishEvent(new ReportAccepted(id, accepted.organization(), cycle.id(), cycle.meetingCode(),
				visibility, accepted.version()));
		return accepted;
	}

	/** Publishes an accepted report, or takes it back to internal. */
	@Transactional
	public ReportView show(UUID id, Visibility visibility) {
		Report report = this.steps.report(id);
		ReportingDeadline deadline = deadline(report, cycle(report));
		return this.steps.changeReport(id, null, visibility == Visibility.PUBLIC ? "published" : "unpublished",
				found -> found.show(visibility, deadline, now()));
	}

	private CycleView cycle(Report report) {
		return this.deadlines.cycleOf(report);
	}

	private ReportingDeadline deadline(Report report, CycleView cycle) {
		return this.deadlines.of(cycle, report.organizationId());
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
