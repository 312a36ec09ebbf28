package org.synergies.notifications.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.synergies.notifications.TranslationAction;
import org.synergies.notifications.TranslationStep;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;

/**
 * A step on a courtesy translation as a form sends it: the action by its code
 * ({@code request}, {@code submit}…), the version seen, and what the step needs.
 */
record TranslationForm(@Nullable String action, @Nullable Long version, @Nullable UUID translatorAccount,
		@Nullable String translatorEmail, @Nullable String translatorName,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueOn, @Nullable String text) {

	static TranslationForm empty() {
		return new TranslationForm(null, null, null, null, null, null, null);
	}

	TranslationStep step() {
		TranslationAction chosen = TranslationAction.fromCode(this.action)
			.orElseThrow(() -> new InvalidInputException(
					java.util.List.of(new FieldProblem("action", "notifications.translations.problem.action"))));
		return new TranslationStep(chosen, this.version == null ? -1 : this.version, this.translatorAccount,
				this.translatorEmail, this.translatorName, this.dueOn, this.text);
	}

}
