package org.synergies.agreements.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.synergies.agreements.AgreementView;
import org.synergies.agreements.WorkPlanView;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.reference.ReferenceData;
import org.synergies.reference.StrategicPlanTarget;

/**
 * What work plan pages and documents show besides the plan: the responsible party's name,
 * the Strategic Plan targets by label, the choices of the forms.
 */
@Component
class WorkPlanLines {

	private final OrganizationManagement organizations;

	private final ReferenceData reference;

	private final MessageSource messages;

	WorkPlanLines(OrganizationManagement organizations, ReferenceData reference, MessageSource messages) {
		this.organizations = organizations;
		this.reference = reference;
		this.messages = messages;
	}

	/** The responsible partner's name, or the agreement's secretariat. */
	String responsible(WorkPlanView.Deliverable deliverable, AgreementView agreement, Locale locale) {
		if (deliverable.responsible() == null) {
			return secretariat(agreement, locale);
		}
		return this.organizations.find(deliverable.responsible())
			.map(found -> found.name(locale))
			.orElse(deliverable.responsible().toString());
	}

	String secretariat(AgreementView agreement, Locale locale) {
		return this.messages.getMessage("agreement.secretariatOf",
				new Object[] { this.reference.acronymOf(agreement.instrument()) }, locale);
	}

	/** The targets a deliverable serves, as the Plan labels them, one per line. */
	List<String> targets(WorkPlanView.Deliverable deliverable, Locale locale) {
		return deliverable.targets()
			.stream()
			.map(number -> this.reference.strategicPlanTarget(number)
				.map(target -> target.label(locale))
				.orElse(String.valueOf(number)))
			.toList();
	}

	String targetNumbers(WorkPlanView.Deliverable deliverable) {
		return deliverable.targets().stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

	List<StrategicPlanTarget> allTargets() {
		return this.reference.strategicPlanTargets();
	}

	String status(WorkPlanView.Deliverable deliverable, Locale locale) {
		return this.messages.getMessage("work-plan.status." + deliverable.status(), null, locale);
	}

}
