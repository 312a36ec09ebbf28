package org.synergies.accreditation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.accreditation.ApplicationView;
import org.synergies.accreditation.ApplicationView.Question.Stage;

/** A question put to the applicant at screening, or the Committee's deferral. */
@Table("application_question")
record ApplicationQuestion(UUID questionId, Stage stage, String text, @Nullable LocalDate dueOn, Instant askedAt,
		String askedBy, @Nullable String answer, @Nullable Instant answeredAt, @Nullable String answeredBy) {

	static ApplicationQuestion atScreening(String text, @Nullable LocalDate dueOn, String askedBy, Instant now) {
		return new ApplicationQuestion(UUID.randomUUID(), Stage.SCREENING, text, dueOn, now, askedBy, null, null, null);
	}

	/** The Standing Committee defers with a question: the decision text. */
	static ApplicationQuestion deferral(String decisionText, Instant now) {
		return new ApplicationQuestion(UUID.randomUUID(), Stage.DEFERRAL, decisionText, null, now, "Standing Committee",
				null, null, null);
	}

	boolean isOpen() {
		return this.answer == null;
	}

	ApplicationQuestion answered(String answer, String by, Instant now) {
		return new ApplicationQuestion(this.questionId, this.stage, this.text, this.dueOn, this.askedAt, this.askedBy,
				answer, now, by);
	}

	ApplicationView.Question view() {
		return new ApplicationView.Question(this.questionId, this.stage, this.text, this.dueOn, this.askedAt,
				this.askedBy, this.answer, this.answeredAt, this.answeredBy);
	}

}
