package org.synergies.reporting.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.util.MultiValueMap;
import org.synergies.reporting.Answers;
import org.synergies.reporting.FieldType;
import org.synergies.reporting.TemplateContent;
import org.synergies.reporting.TemplateField;

/**
 * Reads the answers of the report form. Field names: {@code a.<key>} for an answer
 * ({@code a.<key>.amount} and {@code .currency} for money; repeated for several choices);
 * {@code g.<group>} lists the ids of a group's entries in order, and
 * {@code g.<group>.<entry>.<key>} holds an entry's answer.
 */
final class ReportForm {

	private ReportForm() {
	}

	static Map<String, Object> answers(TemplateContent template, MultiValueMap<String, String> form) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (TemplateField field : template.fields()) {
			if (field.type() == FieldType.GROUP) {
				List<Map<String, Object>> entries = new ArrayList<>();
				for (String entry : form.getOrDefault("g." + field.key(), List.of())) {
					Map<String, Object> values = new LinkedHashMap<>();
					values.put(Answers.ENTRY_ID, entry);
					for (TemplateField child : field.fields()) {
						Object value = value(child, "g." + field.key() + "." + entry + "." + child.key(), form);
						if (value != null) {
							values.put(child.key(), value);
						}
					}
					entries.add(values);
				}
				answers.put(field.key(), entries);
			}
			else {
				Object value = value(field, "a." + field.key(), form);
				if (value != null) {
					answers.put(field.key(), value);
				}
			}
		}
		return answers;
	}

	/** Adds an empty entry to a group. */
	static Map<String, Object> withEntry(Map<String, Object> answers, String group) {
		Map<String, Object> changed = new LinkedHashMap<>(answers);
		List<Object> entries = new ArrayList<>(Answers.list(changed.get(group)));
		entries.add(new LinkedHashMap<>(Map.of(Answers.ENTRY_ID, UUID.randomUUID().toString())));
		changed.put(group, entries);
		return changed;
	}

	/** Removes an entry from a group. */
	static Map<String, Object> withoutEntry(Map<String, Object> answers, String group, String entry) {
		Map<String, Object> changed = new LinkedHashMap<>(answers);
		changed.put(group,
				Answers.entries(changed, group)
					.stream()
					.filter(existing -> !entry.equals(existing.get(Answers.ENTRY_ID)))
					.toList());
		return changed;
	}

	private static Object value(TemplateField field, String name, MultiValueMap<String, String> form) {
		return switch (field.type()) {
			case MULTI_CHOICE -> form.getOrDefault(name, List.of());
			case MONEY -> {
				Map<String, Object> money = new LinkedHashMap<>();
				money.put("amount", form.getFirst(name + ".amount"));
				money.put("currency", form.getFirst(name + ".currency"));
				yield money;
			}
			case FILE, GROUP -> null;
			default -> form.getFirst(name);
		};
	}

}
