package org.synergies.accounts.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.synergies.accounts.AccountManagement;
import org.synergies.system.LanguageChosen;

/**
 * The language a person switches the interface to becomes their account's language, so
 * that e-mails reach them in it.
 */
@Component
class LanguageChoices {

	private final AccountManagement accounts;

	LanguageChoices(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void on(LanguageChosen event) {
		this.accounts.chooseLanguage(event.actorId(), event.language());
	}

}
