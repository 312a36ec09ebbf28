package org.synergies.documents;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ElisionAwareLineBreakerTests {

	@Test
	void neverBreaksAfterAnElidedArticle() {
		assertThat(pieces("contribution à l’Accord sur la conservation des oiseaux d’eau d’Afrique-Eurasie"))
			.contains("l’Accord ", "d’eau ", "d’Afrique-")
			.doesNotContain("l’", "d’");
	}

	@Test
	void breaksBetweenWordsAsBefore() {
		assertThat(pieces("Original\u00a0: anglais")).containsExactly("Original\u00a0: ", "anglais");
	}

	private static List<String> pieces(String text) {
		ElisionAwareLineBreaker breaker = new ElisionAwareLineBreaker();
		breaker.setText(text);
		List<String> pieces = new ArrayList<>();
		int start = 0;
		for (int end = breaker.next(); end != BreakIterator.DONE; end = breaker.next()) {
			pieces.add(text.substring(start, end));
			start = end;
		}
		return pieces;
	}

}
