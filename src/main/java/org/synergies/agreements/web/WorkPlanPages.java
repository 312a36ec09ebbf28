package org.synergies.agreements.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.synergies.agreements.AgreementView;
import org.synergies.agreements.WorkPlanView;
import org.synergies.agreements.WorkPlans;
import org.synergies.reference.StrategicPlanTarget;

/**
 * The work plan as its pages show it, names resolved in the reader's language. Public so
 * that the agreement's page can show the plan from its template
 * ({@code @workPlanPages.of(agreement, #locale)}) without its controller knowing of it.
 */
@Component("workPlanPages")
public class WorkPlanPages {

	/**
	 * A responsible party the deliverable form offers: a partner, or none for the
	 * secretariat.
	 */
	public record Choice(UUID id, String name) {
	}

	/**
	 * @param partners the agreement's partners, whom a deliverable may be entrusted to
	 */
	public record Page(AgreementView agreement, WorkPlanView plan, String secretariat, List<Choice> partners,
			List<StrategicPlanTarget> targets, Map<UUID, String> responsibles, Map<UUID, List<String>> targetLabels) {

		public String responsible(WorkPlanView.Deliverable deliverable) {
			return this.responsibles.getOrDefault(deliverable.id(), this.secretariat);
		}

		public List<String> targetsOf(WorkPlanView.Deliverable deliverable) {
			return this.targetLabels.getOrDefault(deliverable.id(), List.of());
		}

	}

	private final WorkPlans plans;

	private final WorkPlanLines lines;

	private final AgreementLines agreementLines;

	WorkPlanPages(WorkPlans plans, WorkPlanLines lines, AgreementLines agreementLines) {
		this.plans = plans;
		this.lines = lines;
		this.agreementLines = agreementLines;
	}

	public Page of(AgreementView agreement, Locale locale) {
		WorkPlanView plan = this.plans.plan(agreement.id());
		Map<UUID, String> responsibles = new HashMap<>();
		Map<UUID, List<String>> targets = new HashMap<>();
		for (WorkPlanView.Deliverable deliverable : plan.deliverables()) {
			responsibles.put(deliverable.id(), this.lines.responsible(deliverable, agreement, locale));
			targets.put(deliverable.id(), this.lines.targets(deliverable, locale));
		}
		AgreementLine line = this.agreementLines.line(agreement, locale);
		return new Page(agreement, plan, this.lines.secretariat(agreement, locale),
				line.partners().stream().map(partner -> new Choice(partner.id(), partner.name())).toList(),
				this.lines.allTargets(), responsibles, targets);
	}

}
