package org.synergies.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.synergies.organizations.OrganizationsMerged;
import org.synergies.shared.RuleViolationException;

/**
 * When a duplicate organization is merged into another, its reports, invitations and
 * extensions become the survivor's, in the merge's transaction. Two reports for one cycle
 * cannot become one: such a merge is refused, naming the rule.
 */
@Component
class MergedReporters {

	private final ReportingSteps steps;

	private final Clock clock;

	MergedReporters(ReportingSteps steps, Clock clock) {
		this.steps = steps;
		this.clock = clock;
	}

	@EventListener
	void on(OrganizationsMerged merged) {
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		for (Report report : this.steps.reports().findByOrganizationIdOrderByCreatedAtDesc(merged.merged())) {
			if (this.steps.reports().findByCycleIdAndOrganizationId(report.cycleId(), merged.survivor()).isPresent()) {
				throw new RuleViolationException("report.rule.merge-two-reports");
			}
			this.steps.changeReport(report.id(), null, "organization-merged",
					found -> found.moveTo(merged.survivor(), now));
		}
		for (ReportingCycle cycle : this.steps.cycles().findAll()) {
			if (cycle.invited().contains(merged.merged()) || cycle.extensions().containsKey(merged.merged())) {
				this.steps.changeCycle(cycle.id(), null, "organization-merged",
						found -> found.moveOrganization(merged.merged(), merged.survivor(), now));
			}
		}
	}

}
