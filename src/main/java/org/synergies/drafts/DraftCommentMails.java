package org.synergies.drafts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountView;
import org.synergies.messaging.OutgoingMail;
import org.synergies.messaging.Outbox;

/**
 * Tells the Secretariat (every active officer and administrator, each in their language)
 * of a new comment on a draft, after the comment is committed, once per comment however
 * often the listener runs.
 */
@Component
class DraftCommentMails {

	private final AccountManagement accounts;

	private final Outbox outbox;

	private final String baseUrl;

	DraftCommentMails(AccountManagement accounts, Outbox outbox, @Value("${synergies.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.outbox = outbox;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@ApplicationModuleListener
	void commented(DraftCommented event) {
		for (AccountView officer : this.accounts.activeSecretariat()) {
			this.outbox.send(OutgoingMail.to(officer.email(), officer.language(), "draft-commented")
				.subject(new DefaultMessageSourceResolvable(new String[] { "draft.about." + event.kind() },
						new Object[] { event.number() }))
				.with("name", officer.displayName())
				.with("kind", event.kind())
				.with("number", event.number())
				.with("author", event.authorName())
				.with("link", this.baseUrl + event.path() + "#comments")
				.once(event.comment().toString()));
		}
	}

}
