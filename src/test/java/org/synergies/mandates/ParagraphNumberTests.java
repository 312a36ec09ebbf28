package org.synergies.mandates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Paragraph numbers as the Secretariat writes them, every Latin ordinal, and the order a
 * person reads them in.
 */
class ParagraphNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "6.bis", "6 bis", "6bis", "6-bis", "6.BIS", "6 Bis", " 6bis ", "6\u00a0bis", "6\u202fbis",
			"6. bis", "6.bis." })
	void readsEveryWayOfWritingSixBis(String written) {
		ParagraphNumber number = ParagraphNumber.parse(written).orElseThrow();

		assertThat(number).isEqualTo(new ParagraphNumber(6, 2));
		assertThat(number).hasToString("6.bis");
		assertThat(number.slug()).isEqualTo("6bis");
	}

	static Stream<Arguments> latinOrdinals() {
		return Stream.of(Arguments.of("bis", 2), Arguments.of("ter", 3), Arguments.of("quater", 4),
				Arguments.of("quinquies", 5), Arguments.of("sexies", 6), Arguments.of("septies", 7),
				Arguments.of("octies", 8), Arguments.of("novies", 9), Arguments.of("decies", 10));
	}

	@ParameterizedTest
	@MethodSource("latinOrdinals")
	void knowsEveryLatinOrdinalAndWritesItBack(String ordinal, int rank) {
		ParagraphNumber number = ParagraphNumber.parse("12 " + ordinal).orElseThrow();

		assertThat(number.ordinal()).isEqualTo(rank);
		assertThat(number).hasToString("12." + ordinal);
		assertThat(ParagraphNumber.parse(number.toString())).contains(number);
		assertThat(ParagraphNumber.parse(number.slug())).contains(number);
	}

	@Test
	void noniesIsNovies() {
		assertThat(ParagraphNumber.parse("3 nonies")).contains(new ParagraphNumber(3, 9));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "6", "27", "999", "6.", "06" })
	void readsPlainNumbers(String written) {
		ParagraphNumber number = ParagraphNumber.parse(written).orElseThrow();

		assertThat(number.ordinal()).isEqualTo(1);
		assertThat(number.slug()).isEqualTo(Integer.toString(number.base()));
		assertThat(number).hasToString(Integer.toString(number.base()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "bis", "0", "0 bis", "1000", "6 undecies", "6 b", "6a", "a", "six", "-6", "6.5",
			"6 bis ter", "13.AA" })
	void refusesWhatIsNotAParagraphNumber(String written) {
		assertThat(ParagraphNumber.parse(written)).isEmpty();
	}

	@Test
	void refusesImpossibleNumbersWhenBuilt() {
		assertThatThrownBy(() -> new ParagraphNumber(0, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ParagraphNumber(1000, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ParagraphNumber(6, 11)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ParagraphNumber(6, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void sortsAsAPersonReads() {
		List<String> reading = new ArrayList<>();
		for (int base = 1; base <= 27; base++) {
			reading.add(Integer.toString(base));
			if (base == 6) {
				reading.addAll(List.of("6.bis", "6.ter", "6.quater"));
			}
			if (base == 10) {
				reading.add("10.bis");
			}
		}
		Random random = new Random(20200217);
		for (int round = 0; round < 20; round++) {
			List<ParagraphNumber> shuffled = new ArrayList<>(
					reading.stream().map(written -> ParagraphNumber.parse(written).orElseThrow()).toList());
			Collections.shuffle(shuffled, random);
			Collections.sort(shuffled);

			assertThat(shuffled).extracting(ParagraphNumber::toString).containsExactlyElementsOf(reading);
		}
	}

	@Test
	void sortsByNumberNotByText() {
		assertThat(ParagraphNumber.parse("9").orElseThrow()).isLessThan(ParagraphNumber.parse("10").orElseThrow());
		assertThat(ParagraphNumber.parse("6 decies").orElseThrow())
			.isLessThan(ParagraphNumber.parse("7").orElseThrow());
		assertThat(ParagraphNumber.parse("6 ter").orElseThrow())
			.isGreaterThan(ParagraphNumber.parse("6 bis").orElseThrow());
	}

	@Test
	void anchorsDropTheSeparatorAsAkomaNtosoDoes() {
		ParagraphNumber number = ParagraphNumber.parse("6.ter").orElseThrow();

		assertThat(ParagraphKind.OPERATIVE.anchor(number)).isEqualTo("para-6ter");
		assertThat(ParagraphKind.PREAMBULAR.anchor(ParagraphNumber.of(3))).isEqualTo("preamble-3");
	}

}
