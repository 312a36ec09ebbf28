package org.synergies.notifications.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.synergies.notifications.Addressee;
import org.synergies.notifications.AddresseeKind;
import org.synergies.notifications.ContributionChannel;
import org.synergies.notifications.ContributionView;
import org.synergies.notifications.CourtesyTranslation;
import org.synergies.notifications.TranslationAction;
import org.synergies.notifications.TranslationStatus;
import org.synergies.notifications.internal.Translation.Translator;
import org.synergies.shared.Language;
import org.synergies.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every action from every status of a courtesy translation (nothing decided included):
 * the allowed ones reach their target, the others are refused and change nothing.
 */
class TranslationStateMachineTests {

	static final Instant NOW = Instant.parse("2018-09-04T09:00:00Z");

	static final ContributionView POLAND = new ContributionView(UUID.randomUUID(), UUID.randomUUID(),
			new Addressee(AddresseeKind.COUNTRY, "PL", "Poland"), List.of(), null, ContributionChannel.EMAIL, "en",
			"Poland thanks the Secretariat.", LocalDate.parse("2018-09-03"), false, false, false, 2, List.of(), NOW, 1);

	static final Translator THERESE = new Translator(UUID.randomUUID(), "therese@example.org", "Thérèse Traductrice");

	static Stream<Arguments> everyActionFromEveryStatus() {
		List<Arguments> cases = new ArrayList<>();
		for (TranslationAction action : TranslationAction.values()) {
			cases.add(Arguments.of(action, null));
			for (TranslationStatus status : TranslationStatus.values()) {
				cases.add(Arguments.of(action, status));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} from {1}")
	@MethodSource("everyActionFromEveryStatus")
	void followsTheStateMachine(TranslationAction action, @Nullable TranslationStatus from) {
		Translation translation = in(from);
		if (action.isAllowedFrom(from)) {
			perform(action, translation);
			assertThat(translation.status()).isEqualTo(action.target());
		}
		else {
			assertThatThrownBy(() -> perform(action, translation)).isInstanceOf(RuleViolationException.class)
				.hasMessage("notifications.translations.rule.not-allowed");
			assertThat(translation.status()).as("a refused move changes nothing").isEqualTo(from);
		}
	}

	@Test
	void aTranslationIntoTheContributionsOwnLanguageIsRefused() {
		assertThatThrownBy(() -> Translation.undecided(POLAND, Language.EN, NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("notifications.translations.rule.source-language");
	}

	@Test
	void aRequestNamesTheTranslatorTheDateAndTheRevisionTranslated() {
		Translation translation = Translation.undecided(POLAND, Language.FR, NOW);
		translation.request(THERESE, LocalDate.parse("2018-09-18"), 2, NOW);

		CourtesyTranslation view = translation.toView();
		assertThat(view.translatorName()).isEqualTo("Thérèse Traductrice");
		assertThat(view.dueOn()).isEqualTo(LocalDate.parse("2018-09-18"));
		assertThat(view.ofRevision()).isEqualTo(2);
		assertThat(view.version()).as("the version once saved").isEqualTo(1);
		assertThat(translation.isAssignedTo(THERESE.account())).isTrue();
		assertThat(translation.isAssignedTo(UUID.randomUUID())).isFalse();
	}

	@Test
	void aSubmissionKeepsTheTextOrTheFile() {
		Translation translation = in(TranslationStatus.IN_PROGRESS);
		translation.submit("La Pologne remercie le Secrétariat.", null, NOW);

		assertThat(translation.toView().text()).isEqualTo("La Pologne remercie le Secrétariat.");
		assertThat(translation.toView().status().isAvailable()).isTrue();
	}

	private static Translation in(@Nullable TranslationStatus status) {
		Translation translation = Translation.undecided(POLAND, Language.FR, NOW);
		if (status == null) {
			return translation;
		}
		return Translation.of(new CourtesyTranslation(translation.id(), POLAND.id(), Language.FR, status,
				THERESE.account(), THERESE.email(), THERESE.name(), LocalDate.parse("2018-09-18"),
				status.isAvailable() ? "La Pologne remercie le Secrétariat." : null, null, 2, NOW, 3));
	}

	private static void perform(TranslationAction action, Translation translation) {
		switch (action) {
			case REQUEST -> translation.request(THERESE, LocalDate.parse("2018-09-20"), 2, NOW);
			case START -> translation.start(NOW);
			case SUBMIT -> translation.submit("La Pologne remercie le Secrétariat.", null, NOW);
			case CHECK -> translation.check(NOW);
			case REOPEN -> translation.reopen(2, NOW);
			case NOT_NEEDED -> translation.notNeeded(NOW);
		}
	}

}
