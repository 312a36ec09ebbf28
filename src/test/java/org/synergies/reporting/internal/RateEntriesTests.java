package org.synergies.reporting.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.synergies.reporting.ExchangeRate;
import org.synergies.reporting.RateSource;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of an exchange rate entered, on 10 March 2027. */
class RateEntriesTests {

	static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

	static final Instant NOW = Instant.parse("2027-03-10T09:30:00Z");

	@Test
	void aRateRecordsItsSourceItsMonthWhoEnteredItAndWhen() {
		List<ExchangeRate> rates = check(Map.of("eur", new BigDecimal("1.08")),
				new RateOrigin(null, null, LocalDate.of(2027, 2, 17)));

		assertThat(rates).singleElement().satisfies(rate -> {
			assertThat(rate.currency()).isEqualTo("EUR");
			assertThat(rate.usdPerUnit()).isEqualByComparingTo("1.08");
			assertThat(rate.source()).as("the default").isEqualTo(RateSource.UN_OPERATIONAL);
			assertThat(rate.appliesOn()).as("the month, from its first day").isEqualTo(LocalDate.of(2027, 2, 1));
			assertThat(rate.enteredBy()).isEqualTo("Ana Officer");
			assertThat(rate.enteredAt()).isEqualTo(NOW);
		});
		assertThat(check(Map.of("EUR", BigDecimal.ONE), new RateOrigin(null, null, null)).get(0).appliesOn())
			.as("no month given: the UN operational rate of the current month")
			.isEqualTo(LocalDate.of(2027, 3, 1));
	}

	@Test
	void usDollarsNeedNoRateAndAreRefusedWithTheirOwnMessage() {
		assertThat(problems(Map.of("USD", BigDecimal.ONE), RateOrigin.unOperational(YearMonth.of(2027, 3))))
			.extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("rates[USD]", "cycle.rule.rate-usd"));
	}

	@Test
	void aZeroNegativeOrHugeRateAndAnUnknownCurrencyAreNamedAllAtOnce() {
		Map<String, BigDecimal> rates = new LinkedHashMap<>();
		rates.put("EUR", BigDecimal.ZERO);
		rates.put("GBP", new BigDecimal("-1.27"));
		rates.put("ABC", BigDecimal.ONE);
		rates.put("XAU", BigDecimal.ONE);
		rates.put("KES", new BigDecimal("1000000000000"));
		rates.put("CHF", null);

		assertThat(problems(rates, RateOrigin.unOperational(YearMonth.of(2027, 3))))
			.extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("rates[EUR]", "validation.positive"),
					org.assertj.core.groups.Tuple.tuple("rates[GBP]", "validation.positive"),
					org.assertj.core.groups.Tuple.tuple("rates[ABC]", "cycle.rule.rate-currency"),
					org.assertj.core.groups.Tuple.tuple("rates[XAU]", "cycle.rule.rate-currency"),
					org.assertj.core.groups.Tuple.tuple("rates[KES]", "cycle.rule.rate-range"),
					org.assertj.core.groups.Tuple.tuple("rates[CHF]", "validation.positive"));
	}

	@Test
	void aUnRateIsForAMonthTheUnHasPublishedNextMonthAtTheLatest() {
		assertThat(check(Map.of("EUR", BigDecimal.ONE), RateOrigin.unOperational(YearMonth.of(2027, 4))))
			.as("next month's rates are published before it begins")
			.hasSize(1);
		assertThat(problems(Map.of("EUR", BigDecimal.ONE), RateOrigin.unOperational(YearMonth.of(2027, 5))))
			.extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("month", "cycle.rule.rate-month"));
	}

	@Test
	void anotherSourceIsNamedAndDatedNoLaterThanToday() {
		assertThat(check(Map.of("CHF", new BigDecimal("1.13")),
				new RateOrigin(RateSource.OTHER, "  Swiss National Bank reference rate ", TODAY)))
			.singleElement()
			.satisfies(rate -> {
				assertThat(rate.sourceDescription()).isEqualTo("Swiss National Bank reference rate");
				assertThat(rate.appliesOn()).as("the day, not its month").isEqualTo(TODAY);
			});
		assertThat(problems(Map.of("CHF", BigDecimal.ONE), new RateOrigin(RateSource.OTHER, " ", TODAY.plusDays(1))))
			.extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("sourceDescription", "cycle.rule.rate-description"),
					org.assertj.core.groups.Tuple.tuple("date", "cycle.rule.rate-date"));
		assertThat(problems(Map.of("CHF", BigDecimal.ONE), new RateOrigin(RateSource.OTHER, "x".repeat(201), null)))
			.extracting(FieldProblem::field)
			.containsExactly("sourceDescription", "date");
		assertThat(problems(Map.of("CHF", BigDecimal.ONE), new RateOrigin(RateSource.NOT_RECORDED, null, TODAY)))
			.as("only a migration writes a rate without a source")
			.extracting(FieldProblem::field)
			.containsExactly("source");
	}

	@Test
	void theSourceReadsAsTheUnWritesItInEachLanguage() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		ExchangeRate un = check(Map.of("EUR", BigDecimal.ONE), RateOrigin.unOperational(YearMonth.of(2027, 3))).get(0);
		ExchangeRate other = check(Map.of("CHF", BigDecimal.ONE),
				new RateOrigin(RateSource.OTHER, "Swiss National Bank reference rate", LocalDate.of(2027, 2, 13)))
			.get(0);

		assertThat(un.sourceLabel(messages, Locale.ENGLISH)).isEqualTo("UN operational rate of exchange, March 2027");
		assertThat(un.sourceLabel(messages, Locale.FRENCH))
			.isEqualTo("Taux de change opérationnel de l’ONU, mars 2027");
		assertThat(un.sourceLabel(messages, Locale.forLanguageTag("es")))
			.isEqualTo("Tipo de cambio operacional de las Naciones Unidas, marzo de 2027");
		assertThat(other.sourceLabel(messages, Locale.forLanguageTag("es")))
			.isEqualTo("Swiss National Bank reference rate, 13 de febrero de 2027");
		assertThat(ExchangeRate.usDollarLabel(messages, Locale.FRENCH))
			.isEqualTo("Dollars des États-Unis\u00a0: pas de conversion");
	}

	private static List<ExchangeRate> check(Map<String, BigDecimal> rates, RateOrigin origin) {
		return RateEntries.check(rates, origin, TODAY, "Ana Officer", NOW);
	}

	private static List<FieldProblem> problems(Map<String, BigDecimal> rates, RateOrigin origin) {
		try {
			check(rates, origin);
		}
		catch (InvalidInputException invalid) {
			return invalid.problems();
		}
		throw new AssertionError("accepted: " + rates + " " + origin);
	}

}
