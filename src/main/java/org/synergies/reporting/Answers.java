package org.synergies.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Reading and tidying the answers of a report (see {@link ReportView#answers()}): values
 * are kept as typed, and read here as numbers, amounts, dates and lists.
 */
public final class Answers {

	/** The key of an entry's own id in a repeating group. */
	public static final String ENTRY_ID = "_id";

	private Answers() {
	}

	/**
	 * Keeps what the template knows, trimmed; drops empty values; gives every entry of a
	 * group an id it keeps for ever (references to it, e.g. the activity a financial line
	 * funds, use that id).
	 */
	public static Map<String, Object> tidy(TemplateContent template, Map<String, ?> raw) {
		Map<String, Object> tidy = new LinkedHashMap<>();
		for (TemplateField field : template.fields()) {
			Object value = tidyValue(field, raw.get(field.key()));
			if (value != null) {
				tidy.put(field.key(), value);
			}
		}
		return tidy;
	}

	private static @Nullable Object tidyValue(TemplateField field, @Nullable Object value) {
		if (value == null) {
			return null;
		}
		switch (field.type()) {
			case GROUP -> {
				List<Map<String, Object>> entries = new ArrayList<>();
				for (Object entry : list(value)) {
					if (entry instanceof Map<?, ?> map) {
						Map<String, Object> tidied = new LinkedHashMap<>();
						Object id = map.get(ENTRY_ID);
						tidied.put(ENTRY_ID, id instanceof String text && !text.isBlank() ? text.strip()
								: UUID.randomUUID().toString());
						for (TemplateField child : field.fields()) {
							Object childValue = tidyValue(child, map.get(child.key()));
							if (childValue != null) {
								tidied.put(child.key(), childValue);
							}
						}
						entries.add(tidied);
					}
				}
				return entries.isEmpty() ? null : entries;
			}
			case MULTI_CHOICE -> {
				List<String> values = list(value).stream()
					.map(String::valueOf)
					.map(String::strip)
					.filter(text -> !text.isEmpty())
					.distinct()
					.toList();
				return values.isEmpty() ? null : values;
			}
			case MONEY -> {
				if (!(value instanceof Map<?, ?> map)) {
					return null;
				}
				Map<String, Object> money = new LinkedHashMap<>();
				String amount = text(map.get("amount"));
				String currency = text(map.get("currency"));
				if (amount != null) {
					money.put("amount", amount);
				}
				if (currency != null) {
					money.put("currency", currency.toUpperCase(java.util.Locale.ROOT));
				}
				return money.isEmpty() ? null : money;
			}
			case FILE -> {
				if (!(value instanceof Map<?, ?> map) || text(map.get("id")) == null) {
					return null;
				}
				Map<String, Object> file = new LinkedHashMap<>();
				file.put("id", text(map.get("id")));
				file.put("name", String.valueOf(map.get("name") == null ? "" : map.get("name")));
				return file;
			}
			default -> {
				return text(value);
			}
		}
	}

	/**
	 * The files of {@code stored} that {@code answers} does not mention, put back: files
	 * are attached one by one (see {@link Reports#attach}), and saving the other answers
	 * keeps them.
	 */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> keepFiles(TemplateContent template, Map<String, Object> stored,
			Map<String, Object> answers) {
		Map<String, Object> kept = new LinkedHashMap<>(answers);
		for (TemplateField field : template.fields()) {
			if (field.type() == FieldType.FILE && !kept.containsKey(field.key()) && stored.containsKey(field.key())) {
				kept.put(field.key(), stored.get(field.key()));
			}
			if (field.type() == FieldType.GROUP) {
				Map<String, Map<String, Object>> storedEntries = new LinkedHashMap<>();
				entries(stored, field.key())
					.forEach(entry -> storedEntries.put(String.valueOf(entry.get(ENTRY_ID)), entry));
				List<Map<String, Object>> merged = new ArrayList<>();
				for (Map<String, Object> entry : entries(kept, field.key())) {
					Map<String, Object> copy = new LinkedHashMap<>(entry);
					Map<String, Object> before = storedEntries.get(String.valueOf(entry.get(ENTRY_ID)));
					for (TemplateField child : field.fields()) {
						if (child.type() == FieldType.FILE && before != null && !copy.containsKey(child.key())
								&& before.containsKey(child.key())) {
							copy.put(child.key(), before.get(child.key()));
						}
					}
					merged.add(copy);
				}
				if (kept.containsKey(field.key())) {
					kept.put(field.key(), merged);
				}
			}
		}
		return kept;
	}

	/**
	 * The files the answers name, each with the path of its answer ({@code field} or
	 * {@code group[index].field}, as {@code AnswerChecks} names problems).
	 */
	public static List<FileAnswer> files(TemplateContent template, Map<String, Object> answers) {
		List<FileAnswer> files = new ArrayList<>();
		for (TemplateField field : template.fields()) {
			if (field.type() == FieldType.FILE) {
				fileId(answers.get(field.key())).ifPresent(id -> files.add(new FileAnswer(field.key(), id)));
			}
			if (field.type() == FieldType.GROUP) {
				List<Map<String, Object>> entries = entries(answers, field.key());
				for (int i = 0; i < entries.size(); i++) {
					for (TemplateField child : field.fields()) {
						if (child.type() == FieldType.FILE) {
							String path = field.key() + "[" + i + "]." + child.key();
							fileId(entries.get(i).get(child.key()))
								.ifPresent(id -> files.add(new FileAnswer(path, id)));
						}
					}
				}
			}
		}
		return files;
	}

	/**
	 * The answers without the files that {@code keep} refuses (top level and in group
	 * entries).
	 */
	public static Map<String, Object> keepOnlyFiles(TemplateContent template, Map<String, Object> answers,
			java.util.function.Predicate<String> keep) {
		Map<String, Object> kept = new LinkedHashMap<>(answers);
		for (TemplateField field : template.fields()) {
			if (field.type() == FieldType.FILE && fileId(kept.get(field.key())).filter(keep.negate()).isPresent()) {
				kept.remove(field.key());
			}
			if (field.type() == FieldType.GROUP && kept.containsKey(field.key())) {
				List<Map<String, Object>> entries = new ArrayList<>();
				for (Map<String, Object> entry : entries(kept, field.key())) {
					Map<String, Object> copy = new LinkedHashMap<>(entry);
					for (TemplateField child : field.fields()) {
						if (child.type() == FieldType.FILE
								&& fileId(copy.get(child.key())).filter(keep.negate()).isPresent()) {
							copy.remove(child.key());
						}
					}
					entries.add(copy);
				}
				kept.put(field.key(), entries);
			}
		}
		return kept;
	}

	private static Optional<String> fileId(@Nullable Object value) {
		return value instanceof Map<?, ?> map ? Optional.ofNullable(text(map.get("id"))) : Optional.empty();
	}

	/** A file named by an answer, at its path. */
	public record FileAnswer(String path, String id) {
	}

	public static List<?> list(@Nullable Object value) {
		if (value == null) {
			return List.of();
		}
		return value instanceof List<?> list ? list : List.of(value);
	}

	/** The entries of a group, each with its id. */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> entries(Map<String, Object> answers, String group) {
		return list(answers.get(group)).stream()
			.filter(Map.class::isInstance)
			.map(entry -> (Map<String, Object>) entry)
			.toList();
	}

	public static @Nullable String text(@Nullable Object value) {
		if (value == null || value instanceof Map || value instanceof List) {
			return null;
		}
		String text = String.valueOf(value).strip();
		return text.isEmpty() ? null : text;
	}

	public static List<String> codes(@Nullable Object value) {
		return list(value).stream().map(String::valueOf).toList();
	}

	/**
	 * A number as people type it: "1 234,5", "1,234.5", "1.234,5", "1,000,000", "1234.5"
	 * — spaces and the thousands separator dropped; where both separators appear the last
	 * is the decimal one, a lone comma or point is the decimal separator, and one
	 * repeated is the thousands separator.
	 */
	public static Optional<BigDecimal> number(@Nullable Object value) {
		String text = text(value);
		if (text == null) {
			return Optional.empty();
		}
		String digits = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace("'", "");
		if (digits.contains(",") && digits.contains(".")) {
			char decimal = digits.lastIndexOf(',') > digits.lastIndexOf('.') ? ',' : '.';
			char thousands = decimal == ',' ? '.' : ',';
			if (digits.indexOf(decimal) != digits.lastIndexOf(decimal)
					|| digits.lastIndexOf(thousands) > digits.indexOf(decimal)) {
				return Optional.empty();
			}
			digits = digits.replace(String.valueOf(thousands), "").replace(decimal, '.');
		}
		else if (digits.indexOf(',') >= 0) {
			digits = digits.indexOf(',') == digits.lastIndexOf(',') ? digits.replace(',', '.')
					: digits.replace(",", "");
		}
		else if (digits.indexOf('.') != digits.lastIndexOf('.')) {
			digits = digits.replace(".", "");
		}
		try {
			return Optional.of(new BigDecimal(digits));
		}
		catch (NumberFormatException notANumber) {
			return Optional.empty();
		}
	}

	/** An amount and its currency, when both are there and readable. */
	public static Optional<Money> money(@Nullable Object value) {
		if (!(value instanceof Map<?, ?> map)) {
			return Optional.empty();
		}
		Optional<BigDecimal> amount = number(map.get("amount"));
		String currency = text(map.get("currency"));
		if (amount.isEmpty() || currency == null || !isCurrency(currency)) {
			return Optional.empty();
		}
		return Optional.of(new Money(amount.get(), currency));
	}

	public static boolean isCurrency(String code) {
		try {
			// XXX, XTS, XAU, XDR… have no minor unit: they are not money an NGO spends
			Currency currency = Currency.getInstance(code);
			return code.length() == 3 && currency.getCurrencyCode().equals(code)
					&& currency.getDefaultFractionDigits() >= 0;
		}
		catch (IllegalArgumentException unknown) {
			return false;
		}
	}

	public static Optional<LocalDate> date(@Nullable Object value) {
		String text = text(value);
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text));
		}
		catch (DateTimeParseException notADate) {
			return Optional.empty();
		}
	}

	/** An amount in a currency. */
	public record Money(BigDecimal amount, String currency) {
	}

}
