package org.synergies.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The answers of a report, typed by its format: per field key one {@link Answer}, in the
 * format's order. Built from what people send ({@link #tidy}: the page's form, the API's
 * JSON, the stored JSON) and written back as {@link #stored()}, the JSON document kept
 * with the report. Immutable: the {@code with…} methods give changed copies.
 */
public final class ReportAnswers implements Answered {

	private static final ReportAnswers NONE = new ReportAnswers(Map.of());

	private final Map<String, Answer> answers;

	private ReportAnswers(Map<String, Answer> answers) {
		this.answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
	}

	public static ReportAnswers none() {
		return NONE;
	}

	/**
	 * Keeps what the format knows, trimmed; drops empty values; gives every entry of a
	 * group an id it keeps for ever. {@code raw} is JSON as read (text, numbers, lists,
	 * maps): this is the one place that reads untyped answers.
	 */
	public static ReportAnswers tidy(TemplateContent template, Map<String, ?> raw) {
		Map<String, Answer> tidy = new LinkedHashMap<>();
		for (TemplateField field : template.fields()) {
			Answer answer = parse(field, raw.get(field.key()));
			if (answer != null) {
				tidy.put(field.key(), answer);
			}
		}
		return new ReportAnswers(tidy);
	}

	private static @Nullable Answer parse(TemplateField field, @Nullable Object value) {
		if (value == null) {
			return null;
		}
		return switch (field.type()) {
			case GROUP -> {
				List<Answer.Entry> entries = new ArrayList<>();
				for (Object entry : list(value)) {
					if (entry instanceof Map<?, ?> map) {
						String id = text(map.get(Answers.ENTRY_ID));
						Map<String, Answer> answers = new LinkedHashMap<>();
						for (TemplateField child : field.fields()) {
							Answer answer = parse(child, map.get(child.key()));
							if (answer != null) {
								answers.put(child.key(), answer);
							}
						}
						entries.add(new Answer.Entry(id == null ? UUID.randomUUID().toString() : id, answers));
					}
				}
				yield entries.isEmpty() ? null : new Answer.Group(entries);
			}
			case MULTI_CHOICE -> {
				List<String> codes = list(value).stream()
					.map(String::valueOf)
					.map(String::strip)
					.filter(text -> !text.isEmpty())
					.distinct()
					.toList();
				yield codes.isEmpty() ? null : new Answer.Choices(codes);
			}
			case MONEY -> {
				if (!(value instanceof Map<?, ?> map)) {
					yield null;
				}
				String amount = text(map.get("amount"));
				String currency = text(map.get("currency"));
				yield amount == null && currency == null ? null
						: new Answer.Amount(amount, currency == null ? null : currency.toUpperCase(Locale.ROOT));
			}
			case FILE -> {
				if (!(value instanceof Map<?, ?> map) || text(map.get("id")) == null) {
					yield null;
				}
				yield new Answer.File(String.valueOf(text(map.get("id"))),
						map.get("name") == null ? "" : String.valueOf(map.get("name")));
			}
			default -> {
				String text = text(value);
				yield text == null ? null : single(field.type(), text);
			}
		};
	}

	private static Answer single(FieldType type, String text) {
		return switch (type) {
			case LONG_TEXT -> new Answer.LongText(text);
			case NUMBER -> new Answer.Number(text);
			case DATE -> new Answer.Date(text);
			case CHOICE -> new Answer.Choice(text);
			case YES_NO -> new Answer.YesNo(text);
			default -> new Answer.Text(text);
		};
	}

	private static List<?> list(Object value) {
		return value instanceof List<?> list ? list : List.of(value);
	}

	private static @Nullable String text(@Nullable Object value) {
		if (value == null || value instanceof Map || value instanceof List) {
			return null;
		}
		String text = String.valueOf(value).strip();
		return text.isEmpty() ? null : text;
	}

	/**
	 * The answers as kept in the report's JSON document: text as typed; a group a list of
	 * entries, each a map with its own {@code _id}; money a map with {@code amount} and
	 * {@code currency}; a file a map with {@code id} and {@code name}.
	 */
	@JsonValue
	public Map<String, Object> stored() {
		Map<String, Object> stored = new LinkedHashMap<>();
		this.answers.forEach((key, answer) -> stored.put(key, answer.stored()));
		return stored;
	}

	@Override
	public Optional<Answer> answer(String key) {
		return Optional.ofNullable(this.answers.get(key));
	}

	public boolean isEmpty() {
		return this.answers.isEmpty();
	}

	/**
	 * The files these answers name, each with the path of its answer ({@code field} or
	 * {@code group[index].field}, as problems name it).
	 */
	public List<FileAnswer> files() {
		List<FileAnswer> files = new ArrayList<>();
		this.answers.forEach((key, answer) -> {
			if (answer instanceof Answer.File file) {
				files.add(new FileAnswer(key, file.id()));
			}
			if (answer instanceof Answer.Group group) {
				for (int i = 0; i < group.entries().size(); i++) {
					String path = key + "[" + i + "].";
					group.entries().get(i).answers().forEach((child, value) -> {
						if (value instanceof Answer.File file) {
							files.add(new FileAnswer(path + child, file.id()));
						}
					});
				}
			}
		});
		return files;
	}

	/** A file named by an answer, at its path. */
	public record FileAnswer(String path, String id) {
	}

	/**
	 * These answers with the files of {@code before} they do not mention put back: files
	 * are attached one by one, and saving the other answers keeps them.
	 */
	public ReportAnswers keepingFilesOf(TemplateContent template, ReportAnswers before) {
		Map<String, Answer> kept = new LinkedHashMap<>();
		for (TemplateField field : template.fields()) {
			Answer answer = this.answers.get(field.key());
			if (answer == null && field.type() == FieldType.FILE) {
				answer = before.answers.get(field.key());
			}
			if (answer instanceof Answer.Group group) {
				Map<String, Answer.Entry> earlier = new LinkedHashMap<>();
				before.entries(field.key()).forEach(entry -> earlier.put(entry.id(), entry));
				answer = new Answer.Group(group.entries()
					.stream()
					.map(entry -> withFilesOf(field, entry, earlier.get(entry.id())))
					.toList());
			}
			if (answer != null) {
				kept.put(field.key(), answer);
			}
		}
		return new ReportAnswers(kept);
	}

	private static Answer.Entry withFilesOf(TemplateField group, Answer.Entry entry, Answer.@Nullable Entry before) {
		if (before == null) {
			return entry;
		}
		Map<String, Answer> merged = new LinkedHashMap<>();
		for (TemplateField child : group.fields()) {
			Answer answer = entry.answers().get(child.key());
			if (answer == null && child.type() == FieldType.FILE) {
				answer = before.answers().get(child.key());
			}
			if (answer != null) {
				merged.put(child.key(), answer);
			}
		}
		return new Answer.Entry(entry.id(), merged);
	}

	/**
	 * These answers without the files {@code keep} refuses (top level and in entries).
	 */
	public ReportAnswers keepingOnlyFiles(Predicate<String> keep) {
		Map<String, Answer> kept = new LinkedHashMap<>();
		this.answers.forEach((key, answer) -> {
			if (answer instanceof Answer.Group group) {
				kept.put(key, new Answer.Group(group.entries().stream().map(entry -> {
					Map<String, Answer> children = new LinkedHashMap<>(entry.answers());
					children.values().removeIf(value -> value instanceof Answer.File file && !keep.test(file.id()));
					return new Answer.Entry(entry.id(), children);
				}).toList()));
			}
			else if (!(answer instanceof Answer.File file) || keep.test(file.id())) {
				kept.put(key, answer);
			}
		});
		return new ReportAnswers(kept);
	}

	/** With this answer for {@code key} (replacing one there), or without it if null. */
	public ReportAnswers with(String key, @Nullable Answer answer) {
		Map<String, Answer> changed = new LinkedHashMap<>(this.answers);
		if (answer == null) {
			changed.remove(key);
		}
		else {
			changed.put(key, answer);
		}
		return new ReportAnswers(changed);
	}

	/** With an empty entry added at the end of a group. */
	public ReportAnswers withEntry(String group) {
		List<Answer.Entry> entries = new ArrayList<>(entries(group));
		entries.add(new Answer.Entry(UUID.randomUUID().toString(), Map.of()));
		return with(group, new Answer.Group(entries));
	}

	/** Without an entry of a group. */
	public ReportAnswers withoutEntry(String group, String entry) {
		List<Answer.Entry> entries = entries(group).stream().filter(existing -> !existing.id().equals(entry)).toList();
		return with(group, entries.isEmpty() ? null : new Answer.Group(entries));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ReportAnswers that && this.answers.equals(that.answers);
	}

	@Override
	public int hashCode() {
		return this.answers.hashCode();
	}

	@Override
	public String toString() {
		return "ReportAnswers" + this.answers;
	}

}
