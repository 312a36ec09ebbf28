package org.synergies.notifications.internal;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountView;
import org.synergies.messaging.OutgoingMail;
import org.synergies.messaging.Outbox;
import org.synergies.notifications.ContributionView;
import org.synergies.notifications.CourtesyTranslation;
import org.synergies.notifications.NotificationView;
import org.synergies.shared.Language;
import org.synergies.shared.UnDates;

/**
 * The e-mails of the courtesy translations, through the outbox, each in its recipient's
 * language: the request to the translator (an external translator, who has no account and
 * no language of their own, is written to in the language they translate into, and
 * receives the text to translate), and the news of a translation submitted to the
 * Secretariat.
 */
@Component
public class TranslationMails {

	private final AccountManagement accounts;

	private final Outbox outbox;

	private final String baseUrl;

	TranslationMails(AccountManagement accounts, Outbox outbox, @Value("${synergies.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.outbox = outbox;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/** To the translator it was requested of. */
	public void requested(CourtesyTranslation translation, ContributionView contribution,
			NotificationView notification) {
		AccountView account = translation.translatorAccount() == null ? null
				: this.accounts.find(translation.translatorAccount()).orElse(null);
		Language language = account != null ? account.language() : translation.language();
		String to = account != null ? account.email() : translation.translatorEmail();
		if (to == null || translation.dueOn() == null) {
			return;
		}
		Locale locale = language.locale();
		this.outbox.send(OutgoingMail.to(to, language, "notification-translation-requested")
			.subject(String.valueOf(notification.number()), translation.language().locale().getDisplayLanguage(locale))
			.with("name", translation.translatorName() == null ? to : translation.translatorName())
			.with("number", String.valueOf(notification.number()))
			.with("title", notification.title(language))
			.with("sender", contribution.sender().name())
			.with("from", contribution.languageName(locale))
			.with("into", translation.language().locale().getDisplayLanguage(locale))
			.with("dueOn", UnDates.date(translation.dueOn(), language))
			.with("external", account == null)
			.with("text", account == null && contribution.text() != null ? contribution.text() : "")
			.with("link", this.baseUrl + "/translations/" + translation.id())
			.once("notification-translation-requested:" + translation.id() + ":" + translation.version()));
	}

	/** To every officer and administrator of the Secretariat. */
	public void submitted(CourtesyTranslation translation, ContributionView contribution,
			NotificationView notification) {
		for (AccountView officer : this.accounts.activeSecretariat()) {
			Language language = officer.language();
			Locale locale = language.locale();
			this.outbox.send(OutgoingMail.to(officer.email(), language, "notification-translation-submitted")
				.subject(String.valueOf(notification.number()),
						translation.language().locale().getDisplayLanguage(locale))
				.with("name", officer.displayName())
				.with("translator", String.valueOf(translation.translatorName()))
				.with("number", String.valueOf(notification.number()))
				.with("contribution", contribution.sender().name())
				.with("into", translation.language().locale().getDisplayLanguage(locale))
				.with("link",
						this.baseUrl + "/notifications/" + notification.ref() + "/contributions/" + contribution.id())
				.once("notification-translation-submitted:" + translation.id() + ":" + translation.version() + ":"
						+ officer.id()));
		}
	}

}
