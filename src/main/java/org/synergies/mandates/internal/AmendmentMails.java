package org.synergies.mandates.internal;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountView;
import org.synergies.mandates.AmendmentAdopted;
import org.synergies.mandates.AmendmentSubmitted;
import org.synergies.mandates.MandateKind;
import org.synergies.meetings.GoverningBodies;
import org.synergies.messaging.OutgoingMail;
import org.synergies.messaging.Outbox;

/**
 * Tells the Secretariat's officers, each in their language, that amendments to a
 * resolution went before the Conference of the Parties and that the Conference adopted
 * them (the new revision recorded): once per submission and per adoption however often
 * the listener runs.
 */
@Component
class AmendmentMails {

	private final AccountManagement accounts;

	private final GoverningBodies bodies;

	private final MandateRecords mandates;

	private final Outbox outbox;

	private final MessageSource messages;

	private final String baseUrl;

	AmendmentMails(AccountManagement accounts, GoverningBodies bodies, MandateRecords mandates, Outbox outbox,
			MessageSource messages, @Value("${synergies.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.bodies = bodies;
		this.mandates = mandates;
		this.outbox = outbox;
		this.messages = messages;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@ApplicationModuleListener
	void submitted(AmendmentSubmitted event) {
		String meeting = this.bodies.meeting(event.meeting()).map(found -> found.code()).orElse("");
		String link = this.baseUrl + "/mandates/amendments/" + event.amendment();
		for (AccountView officer : this.accounts.activeSecretariat()) {
			String text = name(event.kind(), event.reference(), officer);
			this.outbox.send(OutgoingMail.to(officer.email(), officer.language(), "mandates-amendment-submitted")
				.subject(text)
				.with("name", officer.displayName())
				.with("text", text)
				.with("meeting", meeting)
				.with("link", link)
				.once(event.amendment() + ":submitted:" + event.version()));
		}
	}

	@ApplicationModuleListener
	void adopted(AmendmentAdopted event) {
		String decision = this.bodies.decision(event.decision()).map(found -> found.reference()).orElse("");
		Mandate revision = this.mandates.findById(event.revision()).orElseThrow();
		String link = this.baseUrl + "/mandates/" + revision.view().slug() + "/" + revision.view().revisionSlug();
		for (AccountView officer : this.accounts.activeSecretariat()) {
			String text = name(event.kind(), event.reference(), officer);
			this.outbox.send(OutgoingMail.to(officer.email(), officer.language(), "mandates-amendment-adopted")
				.subject(text)
				.with("name", officer.displayName())
				.with("text", text)
				.with("decision", decision)
				.with("revision", name(event.kind(), event.revisionReference(), officer))
				.with("link", link)
				.once(event.amendment() + ":adopted:" + event.decision()));
		}
	}

	/** "Resolution 11.10 (Rev.COP12)", the kind in the officer's language. */
	private String name(MandateKind kind, String reference, AccountView officer) {
		return this.messages.getMessage("mandates.kind." + kind, null, Locale.forLanguageTag(officer.language().code()))
				+ " " + reference;
	}

}
