package org.synergies.accreditation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.synergies.accounts.CurrentUser;
import org.synergies.accreditation.ApplicationAction.Outcome;
import org.synergies.accreditation.internal.Accreditation;
import org.synergies.accreditation.internal.AccreditationApplication;
import org.synergies.accreditation.internal.AccreditationSteps;
import org.synergies.meetings.DecisionView;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.NewDecision;
import org.synergies.shared.RuleViolationException;

/**
 * The Standing Committee's review: members record their recommendations (or abstain for a
 * conflict of interest); the Secretariat records the Committee's decision, taken at a
 * meeting or by written procedure. A recorded decision never changes: a correction is a
 * new decision that refers to it.
 */
@Service
public class CommitteeReview {

	private final AccreditationSteps steps;

	private final GoverningBodies bodies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CommitteeReview(AccreditationSteps steps, GoverningBodies bodies, ApplicationEventPublisher events, Clock clock) {
		this.steps = steps;
		this.bodies = bodies;
		this.events = events;
		this.clock = clock;
	}

	/** What the Committee sees: applications forwarded to it, now or before. */
	@Transactional(readOnly = true)
	public List<ApplicationView> applications() {
		return this.steps.applications()
			.findByStatusInOrderByUpdatedAtDesc(List.of(ApplicationStatus.FORWARDED, ApplicationStatus.DEFERRED,
					ApplicationStatus.ACCREDITED, ApplicationStatus.REJECTED))
			.stream()
			.map(AccreditationApplication::view)
			.toList();
	}

	/** A Committee member's recommendation for the current review round. */
	@Transactional
	public ApplicationView recommend(UUID id, Recommendation recommendation, @Nullable String reasons) {
		CurrentUser member = CurrentUser.require();
		return this.steps.changeApplication(id, null, "recommended", application -> application.recommend(member.id(),
				member.displayName(), recommendation, reasons, now()));
	}

	/**
	 * Records the Committee's decision on a forwarded application and applies it: an
	 * accreditation for the validity of the application's process version, a deferral (a
	 * question to answer), or a rejection. The applicant is told.
	 */
	@Transactional
	public ApplicationView decide(UUID id, long version, Outcome outcome, NewDecision decision) {
		DecisionView recorded = this.bodies.record(forTheCommittee(decision));
		ApplicationView decided = this.steps.changeApplication(id, version, "decided",
				application -> application.decide(outcome, recorded.id(), recorded.text(), now()));
		afterDecision(decided, outcome, recorded);
		return decided;
	}

	/**
	 * Records a decision that corrects the application's last one, and applies the new
	 * outcome.
	 */
	@Transactional
	public ApplicationView correct(UUID id, long version, Outcome outcome, NewDecision decision) {
		ApplicationView current = this.steps.application(id).view();
		ApplicationView.DecisionEntry last = current.lastDecision()
			.orElseThrow(() -> new RuleViolationException("application.rule.correct-only-decided"));
		DecisionView recorded = this.bodies.record(new NewDecision(GoverningBody.STANDING_COMMITTEE, decision.meeting(),
				decision.procedure(), decision.reference(), decision.adoptedOn(), decision.text(), last.decision()));
		this.steps.accreditations()
			.findByApplicationId(id)
			.filter(accreditation -> accreditation.status() != AccreditationStatus.WITHDRAWN)
			.ifPresent(accreditation -> this.steps.changeAccreditation(accreditation.id(), null, "withdrawn",
					recorded.id(), entry -> entry.withdraw(recorded.reference(), now())));
		ApplicationView corrected = this.steps.changeApplication(id, version, "corrected",
				application -> application.correct(outcome, recorded.id(), recorded.text(), now()));
		afterDecision(corrected, outcome, recorded);
		return corrected;
	}

	private void afterDecision(ApplicationView application, Outcome outcome, DecisionView decision) {
		if (outcome == Outcome.ACCREDIT) {
			ProcessView process = this.steps.process(application.process());
			int validity = process.content().validityYears() == null ? 1 : process.content().validityYears();
			this.steps.accreditations()
				.findByApplicationId(application.id())
				.ifPresentOrElse(
						existing -> this.steps.changeAccreditation(existing.id(), null, "reinstated", decision.id(),
								entry -> entry.reinstate(now())),
						() -> this.steps.grant(Accreditation.grant(application.organization(), application.id(),
								process.id(), process.number(), decision.id(), decision.adoptedOn(), validity, now())));
		}
		this.events
			.publishEvent(new ApplicationDecided(application.id(), application.organization(), outcome, decision.id()));
	}

	private static NewDecision forTheCommittee(NewDecision decision) {
		return new NewDecision(GoverningBody.STANDING_COMMITTEE, decision.meeting(), decision.procedure(),
				decision.reference(), decision.adoptedOn(), decision.text(), null);
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
