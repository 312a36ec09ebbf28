package org.synergies.reporting;

import org.synergies.reporting.internal.ReportingChoices;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.synergies.reference.ReferenceData;
import org.synergies.shared.Language;
import org.synergies.shared.UnDates;

/**
 * An answer as a reader sees it, in their language: amounts grouped with their currency,
 * dates written out, choices by their labels (instruments by their short names and
 * targets by their numbers, where space is short), yes or no, a file by its name. Text is
 * given as typed, in the language it was written in.
 */
@Component("answerDisplay")
public class AnswerDisplay {

	private final ReportingChoices choices;

	private final ReferenceData reference;

	private final MessageSource messages;

	AnswerDisplay(ReportingChoices choices, ReferenceData reference, MessageSource messages) {
		this.choices = choices;
		this.reference = reference;
		this.messages = messages;
	}

	public String of(TemplateField field, @Nullable Answer answer, TemplateContent template, ReportAnswers answers,
			Locale locale, boolean shortNames) {
		if (answer == null) {
			return "";
		}
		if (answer instanceof Answer.Amount money) {
			return money.money()
				.map(readable -> amount(readable, locale) + " " + readable.currency())
				.orElseGet(() -> nonNull(money.amount()) + " " + nonNull(money.currency()));
		}
		if (answer instanceof Answer.Date date) {
			return date.value().map(value -> UnDates.date(value, Language.of(locale))).orElse(date.text());
		}
		if (answer instanceof Answer.Choice || answer instanceof Answer.Choices) {
			return answer.codes()
				.stream()
				.map(code -> label(field, code, template, answers, locale, shortNames))
				.collect(Collectors.joining(", "));
		}
		if (answer instanceof Answer.YesNo yesNo) {
			return this.messages.getMessage(
					yesNo.value().orElse(false) ? "document.compilation.yes" : "document.compilation.no", null, locale);
		}
		if (answer instanceof Answer.File file) {
			return file.name();
		}
		// text as typed; a group is shown entry by entry
		return answer.typed();
	}

	private String label(TemplateField field, String code, TemplateContent template, ReportAnswers answers,
			Locale locale, boolean shortNames) {
		if (shortNames && field.choices() == ChoiceSource.INSTRUMENTS) {
			return this.reference.acronymOf(code);
		}
		if (shortNames && field.choices() == ChoiceSource.TARGETS) {
			return code;
		}
		return this.choices.label(field, template, answers, code, locale);
	}

	private static String nonNull(@Nullable String text) {
		return text == null ? "" : text;
	}

	/**
	 * An amount as the reader writes numbers: whole amounts without decimals, others with
	 * at least their currency's (4 000,50 EUR).
	 */
	private static String amount(Answers.Money money, Locale locale) {
		int scale = Math.max(0, money.amount().stripTrailingZeros().scale());
		int digits = Answers.isCurrency(money.currency())
				? Math.max(0, Currency.getInstance(money.currency()).getDefaultFractionDigits()) : 2;
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(scale == 0 ? 0 : Math.max(digits, scale));
		format.setMaximumFractionDigits(Math.max(digits, scale));
		return format.format(money.amount());
	}

}
