package org.synergies.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.synergies.reporting.Answer;
import org.synergies.reporting.Answers;
import org.synergies.reporting.ReportAnswers;
import org.synergies.reporting.TemplateContent;
import org.synergies.reporting.TemplateField;
import org.synergies.shared.FieldProblem;

/**
 * Checks answers against their template. While a report is a draft only what is there is
 * checked (a number that is not one, an unknown currency); on submission, required fields
 * too. Problems name their field by path: {@code staffMonths},
 * {@code activities[2].title}, {@code financialLines[0].amount.currency}.
 */
@Component
public class AnswerChecks {

	static final int TEXT_MAX = 500;

	static final int LONG_TEXT_MAX = 20_000;

	private static final BigDecimal NUMBER_LIMIT = new BigDecimal("1e15");

	private final ReportingChoices choices;

	AnswerChecks(ReportingChoices choices) {
		this.choices = choices;
	}

	public List<FieldProblem> check(TemplateContent template, ReportAnswers answers, boolean complete) {
		List<FieldProblem> problems = new ArrayList<>();
		for (TemplateField field : template.fields()) {
			check(field, field.key(), answers.answer(field.key()).orElse(null), template, answers, complete, problems);
		}
		return problems;
	}

	private void check(TemplateField field, String path, @Nullable Answer answer, TemplateContent template,
			ReportAnswers answers, boolean complete, List<FieldProblem> problems) {
		if (answer == null) {
			if (complete && field.required()) {
				problems.add(new FieldProblem(path, "validation.required"));
			}
			return;
		}
		if (answer instanceof Answer.Text text) {
			length(path, text.text(), TEXT_MAX, problems);
		}
		else if (answer instanceof Answer.LongText text) {
			length(path, text.text(), LONG_TEXT_MAX, problems);
		}
		else if (answer instanceof Answer.Number number) {
			number(path, number.text(), problems);
		}
		else if (answer instanceof Answer.Amount amount) {
			money(path, amount, complete, problems);
		}
		else if (answer instanceof Answer.Date date && date.value().isEmpty()) {
			problems.add(new FieldProblem(path, "validation.date"));
		}
		else if (answer instanceof Answer.YesNo yesNo && yesNo.value().isEmpty()) {
			problems.add(new FieldProblem(path, "validation.choose"));
		}
		else if (answer instanceof Answer.Choice || answer instanceof Answer.Choices) {
			chosen(field, path, answer.codes(), template, answers, problems);
		}
		else if (answer instanceof Answer.Group group) {
			for (int i = 0; i < group.entries().size(); i++) {
				Answer.Entry entry = group.entries().get(i);
				for (TemplateField child : field.fields()) {
					check(child, path + "[" + i + "]." + child.key(), entry.answer(child.key()).orElse(null), template,
							answers, complete, problems);
				}
			}
		}
		// a file was judged when it was uploaded
	}

	private void chosen(TemplateField field, String path, List<String> codes, TemplateContent template,
			ReportAnswers answers, List<FieldProblem> problems) {
		if (codes.stream().anyMatch(code -> !this.choices.accepts(field, template, answers, code, Locale.ENGLISH))) {
			problems.add(new FieldProblem(path, "validation.choose"));
		}
	}

	private static void length(String path, String text, int max, List<FieldProblem> problems) {
		if (text.length() > max) {
			problems.add(new FieldProblem(path, "validation.too-long-n", max));
		}
	}

	private static void number(String path, String typed, List<FieldProblem> problems) {
		var number = Answers.number(typed);
		if (number.isEmpty()) {
			problems.add(new FieldProblem(path, "validation.number"));
		}
		else if (number.get().signum() < 0) {
			problems.add(new FieldProblem(path, "validation.not-negative"));
		}
		else if (number.get().compareTo(NUMBER_LIMIT) >= 0) {
			problems.add(new FieldProblem(path, "validation.number"));
		}
	}

	private static void money(String path, Answer.Amount money, boolean complete, List<FieldProblem> problems) {
		String amount = money.amount();
		String currency = money.currency();
		if (amount == null) {
			if (complete || currency != null) {
				problems.add(new FieldProblem(path + ".amount", "validation.required"));
			}
		}
		else {
			number(path + ".amount", amount, problems);
		}
		if (currency == null) {
			if (amount != null) {
				problems.add(new FieldProblem(path + ".currency", "validation.required"));
			}
		}
		else if (!Answers.isCurrency(currency)) {
			problems.add(new FieldProblem(path + ".currency", "validation.currency"));
		}
	}

}
