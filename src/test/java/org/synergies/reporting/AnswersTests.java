package org.synergies.reporting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading answers as people type them, without a database. */
class AnswersTests {

	@Test
	void numbersAreReadWithACommaOrAPointAndThousandsSeparators() {
		assertThat(Answers.number("3,5")).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("3.5"));
		assertThat(Answers.number("12 500.50"))
			.hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("12500.50"));
		assertThat(Answers.number("1,000,000"))
			.hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("1000000"));
		assertThat(Answers.number("1.000.000,25"))
			.hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("1000000.25"));
		assertThat(Answers.number("2.500.000"))
			.hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("2500000"));
		assertThat(Answers.number("six")).isEmpty();
		assertThat(Answers.number("1,2,3.4,5")).isEmpty();
	}

	@Test
	void aCurrencyIsOneAnNgoCanSpendNotAFundOrAMetal() {
		assertThat(Answers.isCurrency("EUR")).isTrue();
		assertThat(Answers.isCurrency("XOF")).as("West African CFA franc").isTrue();
		assertThat(Answers.isCurrency("JPY")).isTrue();
		assertThat(Answers.isCurrency("XXX")).as("no currency").isFalse();
		assertThat(Answers.isCurrency("XAU")).as("gold").isFalse();
		assertThat(Answers.isCurrency("XTS")).as("testing").isFalse();
		assertThat(Answers.isCurrency("eur")).isFalse();
		assertThat(Answers.isCurrency("ZZZ")).isFalse();
	}

}
