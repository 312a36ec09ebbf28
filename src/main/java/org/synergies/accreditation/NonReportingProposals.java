package org.synergies.accreditation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accreditation.NonReportingStep.Kind;
import org.synergies.accreditation.NonReportingStep.Outcome;
import org.synergies.accreditation.internal.Accreditation;
import org.synergies.accreditation.internal.AccreditationSteps;
import org.synergies.accreditation.internal.NonReportingRecords;
import org.synergies.meetings.DecisionView;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.NewDecision;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * The proposals about non-reporting the Secretariat puts before the Standing Committee,
 * and the Committee's decision on each, recorded like its accreditation decisions (at a
 * meeting or by written procedure) and applied to the register.
 */
@Service
public class NonReportingProposals {

	private final NonReportingRecords records;

	private final AccreditationSteps steps;

	private final GoverningBodies bodies;

	private final OrganizationManagement organizations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NonReportingProposals(NonReportingRecords records, AccreditationSteps steps, GoverningBodies bodies,
			OrganizationManagement organizations, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.steps = steps;
		this.bodies = bodies;
		this.organizations = organizations;
		this.events = events;
		this.clock = clock;
	}

	/** Proposals waiting for the Committee, oldest first. */
	@Transactional(readOnly = true)
	public List<NonReportingStep> open() {
		return this.records.open().stream().map(this::view).toList();
	}

	/** Every step taken about an entry of the register, newest first. */
	@Transactional(readOnly = true)
	public List<NonReportingStep> ofAccreditation(UUID accreditation) {
		return this.records.ofAccreditation(accreditation).stream().map(this::view).toList();
	}

	/**
	 * Records the Committee's decision on an open proposal; a decision as proposed
	 * suspends, reinstates or withdraws the accreditation. The organization is told.
	 */
	@Transactional
	public NonReportingStep decide(UUID proposal, boolean asProposed, NewDecision decision) {
		NonReportingRecords.Row step = this.records.find(proposal)
			.filter(found -> found.kind().isProposal())
			.orElseThrow(() -> new NotFoundException("non-reporting-proposal", proposal));
		if (step.outcome() != null) {
			throw new RuleViolationException("non-reporting.rule.decided");
		}
		Accreditation entry = this.steps.accreditations().findById(step.accreditation()).orElseThrow();
		requireApplicable(step.kind(), entry.status(), asProposed);
		DecisionView recorded = this.bodies.record(new NewDecision(GoverningBody.STANDING_COMMITTEE, decision.meeting(),
				decision.procedure(), decision.reference(), decision.adoptedOn(), decision.text(), null));
		Outcome outcome = asProposed ? Outcome.ACCEPTED : Outcome.DECLINED;
		if (!this.records.close(step.id(), outcome, recorded.id(), now())) {
			throw new RuleViolationException("non-reporting.rule.decided");
		}
		if (asProposed) {
			String reason = recorded.reference();
			switch (step.kind()) {
				case SUSPENSION -> this.steps.changeAccreditation(entry.id(), null, "suspended", recorded.id(),
						found -> found.suspend(reason, now()));
				case REINSTATEMENT -> this.steps.changeAccreditation(entry.id(), null, "reinstated", recorded.id(),
						found -> found.reinstate(now()));
				case WITHDRAWAL -> this.steps.changeAccreditation(entry.id(), null, "withdrawn", recorded.id(),
						found -> found.withdraw(reason, now()));
				case WARNING -> throw new IllegalStateException();
			}
		}
		else {
			this.steps.changeAccreditation(entry.id(), null,
					step.kind().name().toLowerCase(java.util.Locale.ROOT) + "-declined", recorded.id(), found -> {
					});
		}
		this.events.publishEvent(new NonReportingProposalDecided(step.id(), entry.id(), entry.organizationId(),
				step.kind(), outcome, recorded.id()));
		return this.records.find(step.id()).map(this::view).orElseThrow();
	}

	/** A proposal overtaken by a change the Secretariat made meanwhile is refused. */
	private static void requireApplicable(Kind kind, AccreditationStatus status, boolean asProposed) {
		boolean applicable = switch (kind) {
			case SUSPENSION -> status == AccreditationStatus.ACTIVE;
			case REINSTATEMENT, WITHDRAWAL -> status == AccreditationStatus.SUSPENDED;
			case WARNING -> false;
		};
		if (asProposed && !applicable) {
			throw new RuleViolationException("non-reporting.rule.status-changed", status.name());
		}
	}

	private NonReportingStep view(NonReportingRecords.Row row) {
		String name = this.organizations.find(row.organization()).map(OrganizationView::officialName).orElse("?");
		String reference = row.decision() == null ? null
				: this.bodies.decision(row.decision()).map(DecisionView::reference).orElse(null);
		return new NonReportingStep(row.id(), row.accreditation(), row.organization(), name, row.kind(), row.meeting(),
				row.deadline(), row.createdAt(), row.outcome(), row.decision(), reference);
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
