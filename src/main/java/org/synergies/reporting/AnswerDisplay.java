package org.synergies.reporting;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.synergies.reference.ReferenceData;

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

	public String of(TemplateField field, @Nullable Object value, TemplateContent template, Map<String, Object> answers,
			Locale locale, boolean shortNames) {
		if (value == null) {
			return "";
		}
		return switch (field.type()) {
			case MONEY -> Answers.money(value)
				.map(money -> amount(money, locale) + " " + money.currency())
				.orElseGet(() -> asTyped(value));
			case DATE -> Answers.date(value)
				.map(date -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date))
				.orElse(String.valueOf(value));
			case CHOICE,
					MULTI_CHOICE ->
				Answers.codes(value)
					.stream()
					.map(code -> label(field, code, template, answers, locale, shortNames))
					.collect(Collectors.joining(", "));
			case YES_NO -> this.messages.getMessage(
					"true".equals(Answers.text(value)) ? "document.compilation.yes" : "document.compilation.no", null,
					locale);
			case FILE -> value instanceof Map<?, ?> file ? String.valueOf(file.get("name")) : "";
			case GROUP -> "";
			default -> {
				String text = Answers.text(value);
				yield text == null ? "" : text;
			}
		};
	}

	private String label(TemplateField field, String code, TemplateContent template, Map<String, Object> answers,
			Locale locale, boolean shortNames) {
		if (shortNames && field.choices() == ChoiceSource.INSTRUMENTS) {
			return this.reference.acronymOf(code);
		}
		if (shortNames && field.choices() == ChoiceSource.TARGETS) {
			return code;
		}
		return this.choices.label(field, template, answers, code, locale);
	}

	private static String asTyped(Object value) {
		if (value instanceof Map<?, ?> money) {
			return (money.get("amount") == null ? "" : money.get("amount")) + " "
					+ (money.get("currency") == null ? "" : money.get("currency"));
		}
		return String.valueOf(value);
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
