package org.synergies.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Answers read by field key: a report's ({@link ReportAnswers}) or a group entry's
 * ({@link Answer.Entry}). The readers give what can be read and nothing otherwise: a
 * number typed "six" has no {@link #number}.
 */
public interface Answered {

	Optional<Answer> answer(String key);

	/** A single-value answer as typed (text, a number, a date, a code). */
	default Optional<String> text(String key) {
		return answer(key).map(Answer::typed).filter(text -> !text.isEmpty());
	}

	/** The codes of a choice or multiple choice; none otherwise. */
	default List<String> codes(String key) {
		return answer(key).map(Answer::codes).orElse(List.of());
	}

	default Optional<BigDecimal> number(String key) {
		return answer(key).filter(Answer.Number.class::isInstance)
			.map(Answer.Number.class::cast)
			.flatMap(Answer.Number::value);
	}

	default Optional<Answers.Money> money(String key) {
		return answer(key).filter(Answer.Amount.class::isInstance)
			.map(Answer.Amount.class::cast)
			.flatMap(Answer.Amount::money);
	}

	/** The entries of a group; none for a group without entries or another field. */
	default List<Answer.Entry> entries(String group) {
		return answer(group).filter(Answer.Group.class::isInstance)
			.map(answer -> ((Answer.Group) answer).entries())
			.orElse(List.of());
	}

}
