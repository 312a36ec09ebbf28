package org.synergies.reporting.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.synergies.reporting.Answers;
import org.synergies.reporting.FieldType;
import org.synergies.reporting.ReportAnswers;
import org.synergies.reporting.TemplateContent;
import org.synergies.reporting.TemplateField;

/**
 * Reads the answers of the report form. Field names: {@code a.<key>} for an answer
 * ({@code a.<key>.amount} and {@code .currency} for money; repeated for several choices);
 * {@code g.<group>} lists the ids of a group's entries in order, and
 * {@code g.<group>.<entry>.<key>} holds an entry's answer. Files are not in the form:
 * they are attached one by one.
 */
final class ReportForm {

	private ReportForm() {
	}

	static ReportAnswers answers(TemplateContent template, MultiValueMap<String, String> form) {
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
		return ReportAnswers.tidy(template, answers);
	}

	private static @Nullable Object value(TemplateField field, String name, MultiValueMap<String, String> form) {
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
