package org.synergies.accreditation.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountStatus;
import org.synergies.accreditation.ProcessAdopted;
import org.synergies.meetings.DecisionView;
import org.synergies.meetings.GoverningBodies;
import org.synergies.messaging.OutgoingMail;
import org.synergies.messaging.Outbox;

/**
 * Tells the working group that drafted a version of the accreditation process that the
 * Standing Committee adopted it, with the decision's reference: each active member, in
 * their own language, once for the adoption however often the listener runs.
 */
@Component
class ProcessAdoptionMails {

	private final Processes processes;

	private final ProcessRecords records;

	private final AccountManagement accounts;

	private final GoverningBodies bodies;

	private final Outbox outbox;

	private final String baseUrl;

	ProcessAdoptionMails(Processes processes, ProcessRecords records, AccountManagement accounts,
			GoverningBodies bodies, Outbox outbox, @Value("${synergies.base-url}") String baseUrl) {
		this.processes = processes;
		this.records = records;
		this.accounts = accounts;
		this.bodies = bodies;
		this.outbox = outbox;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@ApplicationModuleListener
	void adopted(ProcessAdopted event) {
		AccreditationProcess process = this.processes.findById(event.process()).orElseThrow();
		if (process.view().workingGroup() == null) {
			return;
		}
		DecisionView decision = this.bodies.decision(event.decision()).orElseThrow();
		String link = this.baseUrl + "/accreditation/process/" + event.process();
		for (ProcessRecords.MembershipRow row : this.records.members(process.view().workingGroup())) {
			this.accounts.find(row.account())
				.filter(account -> account.status() == AccountStatus.ACTIVE)
				.ifPresent(account -> this.outbox
					.send(OutgoingMail.to(account.email(), account.language(), "accreditation-process-adopted")
						.subject(event.number())
						.with("name", account.displayName())
						.with("number", event.number())
						.with("reference", decision.reference())
						.with("adoptedOn", decision.adoptedOn())
						.with("link", link)
						.once(event.process() + ":adopted:" + event.decision())));
		}
	}

}
