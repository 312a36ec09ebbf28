package org.synergies.agreements.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.synergies.agreements.AgreementDetails;
import org.synergies.agreements.AgreementKind;
import org.synergies.agreements.AgreementStatus;
import org.synergies.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every move of an agreement from every state it can be in: signed once, in force once
 * signed, dates in order, expired when the clock passes its validity.
 */
class AgreementStateMachineTests {

	static final LocalDate TODAY = LocalDate.parse("2026-12-03");

	static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

	/** The states an agreement reaches through its own moves. */
	enum Stage {

		UNDER_NEGOTIATION(agreement -> {
		}), SIGNED(agreement -> agreement.sign(LocalDate.parse("2018-05-30"), "Bonn", null, TODAY, NOW)),
		IN_FORCE(agreement -> {
			agreement.sign(LocalDate.parse("2018-05-30"), "Bonn", null, TODAY, NOW);
			agreement.enterIntoForce(LocalDate.parse("2018-06-01"), NOW);
		});

		final Consumer<Agreement> reach;

		Stage(Consumer<Agreement> reach) {
			this.reach = reach;
		}

		Agreement agreement(@Nullable LocalDate until) {
			Agreement agreement = Agreement.negotiate(details(null, until), NOW);
			this.reach.accept(agreement);
			return agreement;
		}

	}

	static AgreementDetails details(@Nullable LocalDate from, @Nullable LocalDate until) {
		return new AgreementDetails(AgreementKind.PARTNERSHIP_AGREEMENT, "CMS", List.of(UUID.randomUUID()),
				"Partnership Agreement", null, null, from, until, null, null, null);
	}

	@Test
	void aNewAgreementIsUnderNegotiationAndInternal() {
		Agreement agreement = Agreement.negotiate(details(null, null), NOW);

		assertThat(agreement.status(TODAY)).isEqualTo(AgreementStatus.UNDER_NEGOTIATION);
		assertThat(agreement.view(TODAY).isPublic()).isFalse();
		assertThat(agreement.view(TODAY).canBeSigned()).isTrue();
	}

	@ParameterizedTest
	@EnumSource(Stage.class)
	void signsOnlyOnceWhileUnderNegotiation(Stage stage) {
		Agreement agreement = stage.agreement(null);
		if (stage == Stage.UNDER_NEGOTIATION) {
			agreement.sign(LocalDate.parse("2018-05-30"), null, UUID.randomUUID(), TODAY, NOW);
			assertThat(agreement.status(TODAY)).isEqualTo(AgreementStatus.SIGNED);
			assertThat(agreement.view(TODAY).isPublic()).isTrue();
		}
		else {
			assertThatThrownBy(() -> agreement.sign(LocalDate.parse("2019-01-01"), "Bonn", null, TODAY, NOW))
				.isInstanceOf(RuleViolationException.class)
				.hasMessageContaining("agreement.rule.already-signed");
		}
	}

	@ParameterizedTest
	@EnumSource(Stage.class)
	void entersIntoForceOnlyOnceSigned(Stage stage) {
		Agreement agreement = stage.agreement(null);
		switch (stage) {
			case SIGNED -> {
				agreement.enterIntoForce(LocalDate.parse("2018-06-01"), NOW);
				assertThat(agreement.status(TODAY)).isEqualTo(AgreementStatus.IN_FORCE);
				assertThat(agreement.view(TODAY).validFrom()).isEqualTo("2018-06-01");
			}
			case UNDER_NEGOTIATION -> assertThatThrownBy(() -> agreement.enterIntoForce(null, NOW))
				.hasMessageContaining("agreement.rule.not-signed");
			case IN_FORCE -> assertThatThrownBy(() -> agreement.enterIntoForce(null, NOW))
				.hasMessageContaining("agreement.rule.already-in-force");
		}
	}

	@Test
	void refusesASignatureInTheFutureOrAfterTheValidityEnds() {
		Agreement agreement = Agreement.negotiate(details(null, LocalDate.parse("2020-12-31")), NOW);

		assertThatThrownBy(() -> agreement.sign(TODAY.plusDays(1), "Bonn", null, TODAY, NOW))
			.hasMessageContaining("agreement.rule.signed-in-future");
		assertThatThrownBy(() -> agreement.sign(LocalDate.parse("2020-12-31"), "Bonn", null, TODAY, NOW))
			.hasMessageContaining("agreement.rule.ends-before-signature");
		assertThat(agreement.status(TODAY)).isEqualTo(AgreementStatus.UNDER_NEGOTIATION);
	}

	@Test
	void refusesAnEntryIntoForceBeforeTheSignatureOrAfterTheValidity() {
		Agreement agreement = Stage.SIGNED.agreement(LocalDate.parse("2020-12-31"));

		assertThatThrownBy(() -> agreement.enterIntoForce(LocalDate.parse("2018-05-29"), NOW))
			.hasMessageContaining("agreement.rule.in-force-before-signature");
		assertThatThrownBy(() -> agreement.enterIntoForce(LocalDate.parse("2021-01-01"), NOW))
			.hasMessageContaining("agreement.rule.validity-order");
		assertThat(agreement.status(LocalDate.parse("2019-01-01"))).isEqualTo(AgreementStatus.SIGNED);
	}

	@Test
	void refusesAValidityThatEndsBeforeItStartsOrBeforeTheSignature() {
		assertThatThrownBy(
				() -> Agreement.negotiate(details(LocalDate.parse("2020-01-01"), LocalDate.parse("2019-12-31")), NOW))
			.hasMessageContaining("agreement.rule.validity-order");
		Agreement signed = Stage.SIGNED.agreement(null);
		assertThatThrownBy(() -> signed.describe(details(null, LocalDate.parse("2018-05-01")), NOW))
			.hasMessageContaining("agreement.rule.ends-before-signature");
	}

	@ParameterizedTest
	@EnumSource(Stage.class)
	void expiresTheDayAfterItsValidityEndsOnceSigned(Stage stage) {
		Agreement agreement = stage.agreement(LocalDate.parse("2020-12-31"));

		assertThat(agreement.status(LocalDate.parse("2020-12-31"))).isNotEqualTo(AgreementStatus.EXPIRED);
		AgreementStatus later = agreement.status(LocalDate.parse("2021-01-01"));
		if (stage == Stage.UNDER_NEGOTIATION) {
			assertThat(later).isEqualTo(AgreementStatus.UNDER_NEGOTIATION);
		}
		else {
			assertThat(later).isEqualTo(AgreementStatus.EXPIRED);
			assertThat(agreement.view(LocalDate.parse("2021-01-01")).status()).isEqualTo(AgreementStatus.EXPIRED);
		}
	}

	@Test
	void anOpenEndedAgreementNeverExpires() {
		Agreement agreement = Stage.IN_FORCE.agreement(null);

		assertThat(agreement.status(LocalDate.parse("2099-01-01"))).isEqualTo(AgreementStatus.IN_FORCE);
	}

}
