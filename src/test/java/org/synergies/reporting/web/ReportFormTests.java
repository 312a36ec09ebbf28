package org.synergies.reporting.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.synergies.reporting.Answer;
import org.synergies.reporting.AnswerFormats;
import org.synergies.reporting.ReportAnswers;
import org.synergies.reporting.TemplateContent;

import static org.assertj.core.api.Assertions.assertThat;

/** The report form's fields read as typed answers, one field of every type. */
class ReportFormTests {

	private static final TemplateContent FORMAT = AnswerFormats.everyType();

	@Test
	void everyFieldTypeIsReadFromItsFormFields() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("a.title", " Flyway atlas ");
		form.add("a.summary", "Two\nlines");
		form.add("a.staffMonths", "4,5");
		form.add("a.budget.amount", "1 000");
		form.add("a.budget.currency", "chf");
		form.add("a.since", "2026-05-31");
		form.add("a.kind", "CASH");
		form.add("a.topics", "CASH");
		form.add("a.topics", "IN_KIND");
		form.add("a.partner", "true");
		form.add("a.statutes", "a file is never typed in");
		form.add("g.activities", "a1");
		form.add("g.activities", "a2");
		form.add("g.activities.a1.name", "Survey");
		form.add("g.activities.a2.name", "");

		ReportAnswers answers = ReportForm.answers(FORMAT, form);

		assertThat(answers.answer("title")).hasValue(new Answer.Text("Flyway atlas"));
		assertThat(answers.answer("summary")).hasValue(new Answer.LongText("Two\nlines"));
		assertThat(answers.answer("staffMonths")).hasValue(new Answer.Number("4,5"));
		assertThat(answers.answer("budget")).hasValue(new Answer.Amount("1 000", "CHF"));
		assertThat(answers.answer("since")).hasValue(new Answer.Date("2026-05-31"));
		assertThat(answers.answer("kind")).hasValue(new Answer.Choice("CASH"));
		assertThat(answers.answer("topics")).hasValue(new Answer.Choices(List.of("CASH", "IN_KIND")));
		assertThat(answers.answer("partner")).hasValue(new Answer.YesNo("true"));
		assertThat(answers.answer("statutes")).as("files are attached one by one").isEmpty();
		assertThat(answers.entries("activities")).extracting(Answer.Entry::id).containsExactly("a1", "a2");
		assertThat(answers.entries("activities").get(1).answers()).isEmpty();
	}

	@Test
	void anEmptyFormHasNoAnswers() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("a.budget.amount", " ");
		form.add("a.budget.currency", "");
		assertThat(ReportForm.answers(FORMAT, form).isEmpty()).isTrue();
	}

}
