package org.synergies.notifications;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One step of a courtesy translation, as asked: what is done, on the version the person
 * saw (0 when nothing is recorded yet), and what the step needs: a translator and a due
 * date to request it (an account with the translator role, or an external e-mail address
 * and name), the translated text to submit it (or a file sent with it).
 */
public record TranslationStep(TranslationAction action, long version, @Nullable UUID translatorAccount,
		@Nullable String translatorEmail, @Nullable String translatorName, @Nullable LocalDate dueOn,
		@Nullable String text) {

	public static TranslationStep of(TranslationAction action, long version) {
		return new TranslationStep(action, version, null, null, null, null, null);
	}

}
