package org.synergies.reporting.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.synergies.reporting.TemplateContent;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Templates and answers are documents: they are kept as JSON in one column each, and read
 * back with the same mapper.
 */
@Component
class TemplateJson {

	private final JsonMapper json = JsonMapper.builder().build();

	public String write(Object value) {
		return this.json.writeValueAsString(value);
	}

	public TemplateContent content(String text) {
		return this.json.readValue(text, TemplateContent.class);
	}

	public Map<String, Object> answers(String text) {
		return this.json.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {
		});
	}

}
