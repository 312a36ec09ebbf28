package org.synergies.agreements.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.synergies.agreements.AgreementView;
import org.synergies.agreements.WorkPlanView;
import org.synergies.organizations.OrganizationMail;
import org.synergies.shared.Phrase;

/**
 * Tells a partner's members that the Secretariat accepted or returned their progress
 * note, each in their own language (the templates pick the titles in it), through the
 * outbox in the review's transaction.
 */
@Component
public class WorkPlanMails {

	private final OrganizationMail mail;

	WorkPlanMails(OrganizationMail mail) {
		this.mail = mail;
	}

	public void reviewed(AgreementView agreement, WorkPlanView.Deliverable deliverable, UUID organization,
			boolean accepted, @Nullable String comment) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("agreement", agreement);
		variables.put("deliverable", deliverable);
		variables.put("comment", comment == null ? "" : comment);
		this.mail.send(organization, accepted ? "work-plan-accepted" : "work-plan-returned",
				"/agreements/" + agreement.id() + "/work-plan#deliverable-" + deliverable.id(), variables,
				List.of(title(deliverable)));
	}

	/** The deliverable's title in the language of the subject it is in. */
	private static Phrase title(WorkPlanView.Deliverable deliverable) {
		return language -> deliverable.title(language.locale());
	}

}
