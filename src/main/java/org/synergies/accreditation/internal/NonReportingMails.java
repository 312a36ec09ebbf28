package org.synergies.accreditation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountView;
import org.synergies.accreditation.NonReportingProposalDecided;
import org.synergies.accreditation.NonReportingStep.Kind;
import org.synergies.accreditation.NonReportingStepTaken;
import org.synergies.meetings.DecisionView;
import org.synergies.meetings.GoverningBodies;
import org.synergies.messaging.OutgoingMail;
import org.synergies.messaging.Outbox;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationMail;

/**
 * Writes about non-reporting after the step has committed: the organization's members in
 * their own language (a warning, a proposal concerning it, the Committee's decision), and
 * the Secretariat's officers for each proposal to put before the Committee. The step's id
 * is the occurrence: a listener run twice writes once.
 */
@Component
class NonReportingMails {

	private static final String REGISTER = "/accreditation/register";

	private static final String PROPOSALS = "/accreditation/register/proposals";

	private final OrganizationMail mail;

	private final OrganizationManagement organizations;

	private final AccountManagement accounts;

	private final GoverningBodies bodies;

	private final Outbox outbox;

	private final String baseUrl;

	NonReportingMails(OrganizationMail mail, OrganizationManagement organizations, AccountManagement accounts,
			GoverningBodies bodies, Outbox outbox, @Value("${synergies.base-url}") String baseUrl) {
		this.mail = mail;
		this.organizations = organizations;
		this.accounts = accounts;
		this.bodies = bodies;
		this.outbox = outbox;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@ApplicationModuleListener
	void stepTaken(NonReportingStepTaken event) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("meeting", event.meeting());
		variables.put("deadline", event.deadline());
		if (event.nextStepOn() != null) {
			variables.put("nextStepOn", event.nextStepOn());
		}
		String kind = event.kind().name().toLowerCase(Locale.ROOT);
		this.mail.sendOnce(event.step().toString(), event.organization(), "accreditation-non-reporting-" + kind,
				REGISTER, variables, List.of(event.meeting()));
		if (event.kind() == Kind.WARNING) {
			return;
		}
		String organization = this.organizations.find(event.organization())
			.map(found -> found.officialName())
			.orElse("");
		for (AccountView officer : this.accounts.activeSecretariat()) {
			this.outbox.send(OutgoingMail.to(officer.email(), officer.language(), "accreditation-proposal")
				.subject(organization)
				.with("name", officer.displayName())
				.with("organization", organization)
				.with("kind", event.kind().name())
				.with("meeting", event.meeting())
				.with("deadline", event.deadline())
				.with("link", this.baseUrl + PROPOSALS)
				.once(event.step().toString()));
		}
	}

	@ApplicationModuleListener
	void decided(NonReportingProposalDecided event) {
		DecisionView decision = this.bodies.decision(event.decision()).orElseThrow();
		this.mail.sendOnce(event.step() + ":decided", event.organization(), "accreditation-proposal-decided", REGISTER,
				Map.of("kind", event.kind().name(), "outcome", event.outcome().name(), "reference",
						decision.reference(), "decisionText", decision.text()));
	}

}
