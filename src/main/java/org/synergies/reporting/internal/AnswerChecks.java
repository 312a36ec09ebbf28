package org.synergies.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.synergies.reporting.Answers;
import org.synergies.reporting.FieldType;
import org.synergies.reporting.ReportingChoices;
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

	private final ReportingChoices choices;

	AnswerChecks(ReportingChoices choices) {
		this.choices = choices;
	}

	public List<FieldProblem> check(TemplateContent template, Map<String, Object> answers, boolean complete) {
		List<FieldProblem> problems = new ArrayList<>();
		for (TemplateField field : template.fields()) {
			check(field, field.key(), answers.get(field.key()), template, answers, complete, problems);
		}
		return problems;
	}

	private void check(TemplateField field, String path, Object value, TemplateContent template,
			Map<String, Object> answers, boolean complete, List<FieldProblem> problems) {
		if (value == null) {
			if (complete && field.required()) {
				problems.add(new FieldProblem(path, "validation.required"));
			}
			return;
		}
		switch (field.type()) {
			case TEXT -> length(path, value, TEXT_MAX, problems);
			case LONG_TEXT -> length(path, value, LONG_TEXT_MAX, problems);
			case NUMBER -> number(path, value, problems);
			case MONEY -> money(path, value, complete, problems);
			case DATE -> {
				if (Answers.date(value).isEmpty()) {
					problems.add(new FieldProblem(path, "validation.date"));
				}
			}
			case YES_NO -> {
				String text = Answers.text(value);
				if (!"true".equals(text) && !"false".equals(text)) {
					problems.add(new FieldProblem(path, "validation.choose"));
				}
			}
			case CHOICE, MULTI_CHOICE -> {
				for (String code : Answers.codes(value)) {
					if (!this.choices.accepts(field, template, answers, code, Locale.ENGLISH)) {
						problems.add(new FieldProblem(path, "validation.choose"));
						break;
					}
				}
				if (field.type() == FieldType.CHOICE && Answers.codes(value).size() > 1) {
					problems.add(new FieldProblem(path, "validation.choose"));
				}
			}
			case FILE -> {
				// the file was judged when it was uploaded
			}
			case GROUP -> {
				List<Map<String, Object>> entries = Answers.entries(answers, field.key());
				if (complete && field.required() && entries.isEmpty()) {
					problems.add(new FieldProblem(path, "validation.required"));
				}
				for (int i = 0; i < entries.size(); i++) {
					Map<String, Object> entry = entries.get(i);
					for (TemplateField child : field.fields()) {
						check(child, path + "[" + i + "]." + child.key(), entry.get(child.key()), template, answers,
								complete, problems);
					}
				}
			}
		}
	}

	private static void length(String path, Object value, int max, List<FieldProblem> problems) {
		String text = Answers.text(value);
		if (text != null && text.length() > max) {
			problems.add(new FieldProblem(path, "validation.too-long-n", max));
		}
	}

	private static void number(String path, Object value, List<FieldProblem> problems) {
		var number = Answers.number(value);
		if (number.isEmpty()) {
			problems.add(new FieldProblem(path, "validation.number"));
		}
		else if (number.get().signum() < 0) {
			problems.add(new FieldProblem(path, "validation.not-negative"));
		}
		else if (number.get().compareTo(new BigDecimal("1e15")) >= 0) {
			problems.add(new FieldProblem(path, "validation.number"));
		}
	}

	private static void money(String path, Object value, boolean complete, List<FieldProblem> problems) {
		if (!(value instanceof Map<?, ?> money)) {
			problems.add(new FieldProblem(path + ".amount", "validation.number"));
			return;
		}
		Object amount = money.get("amount");
		String currency = Answers.text(money.get("currency"));
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
