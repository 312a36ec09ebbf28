package org.synergies.agreements.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.synergies.agreements.AgreementActionView;
import org.synergies.agreements.AgreementActions;
import org.synergies.agreements.Agreements;
import org.synergies.meetings.DecisionOutcomes;

/** Shows on a decision's page the agreements it extended, revised or terminated. */
@Component
class AgreementDecisionOutcomes implements DecisionOutcomes {

	private final AgreementActions actions;

	private final Agreements agreements;

	private final MessageSource messages;

	AgreementDecisionOutcomes(AgreementActions actions, Agreements agreements, MessageSource messages) {
		this.actions = actions;
		this.agreements = agreements;
		this.messages = messages;
	}

	@Override
	public List<DecisionOutcome> of(UUID decision, Locale locale) {
		return this.actions.adoptedBy(decision)
			.stream()
			.flatMap(action -> this.agreements.find(action.agreement())
				.map(agreement -> new DecisionOutcome(label(action, agreement.title(locale), locale),
						"/agreements/" + agreement.id()))
				.stream())
			.toList();
	}

	private String label(AgreementActionView action, String title, Locale locale) {
		return this.messages.getMessage("agreement.outcome." + action.kind(),
				new Object[] { title, action.proposal().validUntil() }, locale);
	}

}
