package org.synergies.notifications.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.synergies.notifications.ContributionView;
import org.synergies.notifications.CourtesyTranslation;
import org.synergies.notifications.NotificationAccess;
import org.synergies.notifications.TranslationAction;
import org.synergies.notifications.TranslationRequests;
import org.synergies.shared.Language;

/**
 * The courtesy translations' panel of a contribution's page: for the Secretariat, each
 * official language the contribution is not written in, where its translation stands and
 * the steps it allows; for the sender, the translations received.
 */
@Component
class TranslationPanel {

	/** One language of the panel; no translation: nothing decided yet. */
	record Row(Language language, @Nullable CourtesyTranslation translation, List<TranslationAction> actions,
			boolean outdated) {

		public String status() {
			return this.translation == null ? "UNDECIDED" : this.translation.status().name();
		}

		public long version() {
			return this.translation == null ? 0 : this.translation.version();
		}

		public boolean available() {
			return this.translation != null && this.translation.status().isAvailable();
		}

		public boolean allows(String action) {
			return this.actions.stream().anyMatch(allowed -> allowed.code().equals(action));
		}

		public String languageName(Locale locale) {
			return this.language.locale().getDisplayLanguage(locale);
		}

	}

	private final TranslationRequests translations;

	private final NotificationAccess access;

	TranslationPanel(TranslationRequests translations, NotificationAccess access) {
		this.translations = translations;
		this.access = access;
	}

	/** Fills the panel's model; returns its rows. */
	List<Row> fill(Model model, ContributionView contribution) {
		boolean secretariat = this.access.isSecretariat();
		Map<Language, CourtesyTranslation> recorded = this.translations.of(contribution.id())
			.stream()
			.collect(Collectors.toMap(CourtesyTranslation::language, Function.identity()));
		List<Row> rows = new ArrayList<>();
		for (Language language : Language.values()) {
			if (language.code().equalsIgnoreCase(contribution.language())
					|| (!secretariat && !recorded.containsKey(language))) {
				continue;
			}
			CourtesyTranslation translation = recorded.get(language);
			List<TranslationAction> actions = !secretariat ? List.of()
					: Arrays.stream(TranslationAction.values())
						.filter(action -> action.isAllowedFrom(translation == null ? null : translation.status()))
						.toList();
			rows.add(
					new Row(language, translation, actions, translation != null && translation.outdated(contribution)));
		}
		model.addAttribute("translationRows", rows);
		model.addAttribute("secretariat", secretariat);
		model.addAttribute("translators", secretariat ? this.translations.translators() : List.of());
		if (!model.containsAttribute("translationForm")) {
			model.addAttribute("translationForm", TranslationForm.empty());
		}
		return rows;
	}

}
