package org.synergies.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A value for an OpenAPI schema, as a client generated from the description would send
 * it: every documented property filled, with the type and format it says.
 */
final class SchemaSamples {

	private final Map<String, Object> schemas;

	SchemaSamples(Map<String, Object> description) {
		this.schemas = map(map(description.get("components")).get("schemas"));
	}

	/** The schema a {@code $ref} points to, or the schema itself. */
	Map<String, Object> resolve(Map<String, Object> schema) {
		Object ref = schema.get("$ref");
		if (ref == null) {
			return schema;
		}
		String name = ref.toString().substring(ref.toString().lastIndexOf('/') + 1);
		return map(this.schemas.get(name));
	}

	Object sample(Map<String, Object> schema) {
		return sample(schema, 0);
	}

	private Object sample(Map<String, Object> reference, int depth) {
		Map<String, Object> schema = resolve(reference);
		if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
			return values.get(0);
		}
		String type = String.valueOf(schema.getOrDefault("type", schema.containsKey("properties") ? "object" : ""));
		return switch (type) {
			case "string" -> string(String.valueOf(schema.get("format")));
			case "integer" -> 1;
			case "number" -> 1.5;
			case "boolean" -> false;
			case "array" -> depth > 8 ? List.of() : List.of(sample(map(schema.get("items")), depth + 1));
			case "object" -> object(schema, depth);
			default -> "text";
		};
	}

	private Map<String, Object> object(Map<String, Object> schema, int depth) {
		Map<String, Object> value = new LinkedHashMap<>();
		// arrays stop first, so that a recursive type (a group's fields) ends with an
		// empty list
		if (depth > 10) {
			return value;
		}
		if (schema.get("properties") instanceof Map<?, ?> properties) {
			properties.forEach((name, property) -> value.put(name.toString(), sample(map(property), depth + 1)));
		}
		if (schema.get("additionalProperties") instanceof Map<?, ?> additional) {
			value.put("key", sample(map(additional), depth + 1));
		}
		return value;
	}

	private static Object string(String format) {
		return switch (format) {
			case "uuid" -> UUID.randomUUID().toString();
			case "date" -> "2026-12-03";
			case "date-time" -> "2026-12-03T10:00:00Z";
			case "email" -> "someone@example.org";
			case "uri" -> "https://example.org";
			default -> "text";
		};
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return value == null ? Map.of() : (Map<String, Object>) value;
	}

}
