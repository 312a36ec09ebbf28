package org.synergies.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One answer of a report, typed by its field ({@link FieldType}): one record per type.
 * What people type is kept as typed (a number "six" stays "six", so that nothing typed is
 * lost); {@code value()} reads it when it can be read. {@link #stored()} is the answer in
 * the report's stored JSON.
 */
public sealed interface Answer {

	/** The answer in the stored JSON: text, a list of codes, or a small map. */
	Object stored();

	/** A single-value answer as typed; "" for the others. */
	default String typed() {
		return "";
	}

	/** The codes chosen; none for an answer that is not a choice. */
	default List<String> codes() {
		return List.of();
	}

	/** An answer of one value, stored as typed. */
	sealed interface Single extends Answer {

		@Override
		String typed();

		@Override
		default Object stored() {
			return typed();
		}

	}

	/** {@link FieldType#TEXT}. */
	record Text(String text) implements Single {

		@Override
		public String typed() {
			return this.text;
		}

	}

	/** {@link FieldType#LONG_TEXT}. */
	record LongText(String text) implements Single {

		@Override
		public String typed() {
			return this.text;
		}

	}

	/** {@link FieldType#NUMBER}, as typed ("1 234,5"). */
	record Number(String text) implements Single {

		public Optional<BigDecimal> value() {
			return Answers.number(this.text);
		}

		@Override
		public String typed() {
			return this.text;
		}

	}

	/**
	 * {@link FieldType#MONEY}: the amount as typed and the currency code (upper case);
	 * either may still be missing in a draft.
	 */
	record Amount(@Nullable String amount, @Nullable String currency) implements Answer {

		/** The amount and its currency, when both are there and readable. */
		public Optional<Answers.Money> money() {
			Optional<BigDecimal> value = Answers.number(this.amount);
			if (value.isEmpty() || this.currency == null || !Answers.isCurrency(this.currency)) {
				return Optional.empty();
			}
			return Optional.of(new Answers.Money(value.get(), this.currency));
		}

		@Override
		public Object stored() {
			Map<String, Object> money = new LinkedHashMap<>();
			if (this.amount != null) {
				money.put("amount", this.amount);
			}
			if (this.currency != null) {
				money.put("currency", this.currency);
			}
			return money;
		}

	}

	/** {@link FieldType#DATE}, as typed (ISO, 2026-05-31). */
	record Date(String text) implements Single {

		public Optional<LocalDate> value() {
			return Answers.date(this.text);
		}

		@Override
		public String typed() {
			return this.text;
		}

	}

	/** {@link FieldType#CHOICE}: the code chosen. */
	record Choice(String code) implements Single {

		@Override
		public String typed() {
			return this.code;
		}

		@Override
		public List<String> codes() {
			return List.of(this.code);
		}

	}

	/** {@link FieldType#MULTI_CHOICE}: the codes chosen, each once. */
	record Choices(List<String> codes) implements Answer {

		public Choices {
			codes = List.copyOf(codes);
		}

		@Override
		public Object stored() {
			return this.codes;
		}

	}

	/** {@link FieldType#YES_NO}: "true" or "false" (anything else is typed wrong). */
	record YesNo(String text) implements Single {

		public Optional<Boolean> value() {
			return "true".equals(this.text) ? Optional.of(true)
					: "false".equals(this.text) ? Optional.of(false) : Optional.empty();
		}

		@Override
		public String typed() {
			return this.text;
		}

	}

	/**
	 * {@link FieldType#FILE}: the file uploaded (its id in the file store) and its name.
	 */
	record File(String id, String name) implements Answer {

		@Override
		public Object stored() {
			Map<String, Object> file = new LinkedHashMap<>();
			file.put("id", this.id);
			file.put("name", this.name);
			return file;
		}

	}

	/** {@link FieldType#GROUP}: its entries, in order. */
	record Group(List<Entry> entries) implements Answer {

		public Group {
			entries = List.copyOf(entries);
		}

		@Override
		public Object stored() {
			return this.entries.stream().map(Entry::stored).toList();
		}

	}

	/**
	 * An entry of a group, with the id it keeps for ever (what refers to it, e.g. the
	 * activity a financial line funds, uses that id), and its answers by field key.
	 */
	record Entry(String id, Map<String, Answer> answers) implements Answered {

		public Entry {
			answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
		}

		@Override
		public Optional<Answer> answer(String key) {
			return Optional.ofNullable(this.answers.get(key));
		}

		Map<String, Object> stored() {
			Map<String, Object> stored = new LinkedHashMap<>();
			stored.put(Answers.ENTRY_ID, this.id);
			this.answers.forEach((key, answer) -> stored.put(key, answer.stored()));
			return stored;
		}

	}

}
