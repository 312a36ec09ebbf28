package org.synergies.reporting.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.synergies.reporting.ChoiceSource;
import org.synergies.reporting.FieldRole;
import org.synergies.reporting.FieldType;
import org.synergies.reporting.Option;
import org.synergies.reporting.TemplateContent;
import org.synergies.reporting.TemplateField;
import org.synergies.reporting.TemplateSection;

/**
 * The format's structured editor: reads a draft from the form (inputs named by their
 * place, {@code sections[1].fields[2].labelFr}, as the template's problems name them) and
 * applies the editor's structural actions (add, move, remove a section or a field) before
 * anything is saved.
 */
final class TemplateForm {

	private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

	private TemplateForm() {
	}

	static TemplateContent read(MultiValueMap<String, String> form) {
		List<TemplateSection> sections = new ArrayList<>();
		for (int s = 0; form.containsKey(section(s) + ".key"); s++) {
			String path = section(s);
			sections.add(new TemplateSection(text(form, path + ".key"), text(form, path + ".titleEn"),
					optional(form, path + ".titleFr"), optional(form, path + ".titleEs"),
					optional(form, path + ".introEn"), optional(form, path + ".introFr"),
					optional(form, path + ".introEs"), fields(form, path)));
		}
		return new TemplateContent(text(form, "titleEn"), optional(form, "titleFr"), optional(form, "titleEs"),
				sections);
	}

	private static List<TemplateField> fields(MultiValueMap<String, String> form, String parent) {
		List<TemplateField> fields = new ArrayList<>();
		for (int f = 0; form.containsKey(parent + ".fields[" + f + "].key"); f++) {
			fields.add(field(form, parent + ".fields[" + f + "]"));
		}
		return fields;
	}

	private static TemplateField field(MultiValueMap<String, String> form, String path) {
		FieldType type = parse(FieldType.class, text(form, path + ".type"));
		FieldType known = type == null ? FieldType.TEXT : type;
		ChoiceSource choices = known.hasChoices() ? parse(ChoiceSource.class, text(form, path + ".choices")) : null;
		List<Option> options = choices == ChoiceSource.OPTIONS ? options(text(form, path + ".options")) : List.of();
		List<TemplateField> children = known == FieldType.GROUP ? fields(form, path) : List.of();
		return new TemplateField(text(form, path + ".key"), known, text(form, path + ".labelEn"),
				optional(form, path + ".labelFr"), optional(form, path + ".labelEs"), optional(form, path + ".helpEn"),
				optional(form, path + ".helpFr"), optional(form, path + ".helpEs"),
				"true".equals(form.getFirst(path + ".required")), choices, options, children,
				parse(FieldRole.class, text(form, path + ".role")));
	}

	/** Options written one per line: {@code CODE | English | Français | Español}. */
	static List<Option> options(String text) {
		List<Option> options = new ArrayList<>();
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("\\|", -1);
			options.add(new Option(parts[0].strip(), part(parts, 1, ""), part(parts, 2, null), part(parts, 3, null)));
		}
		return options;
	}

	/** The options as the editor shows them, one per line. */
	static String optionsText(List<Option> options) {
		StringBuilder text = new StringBuilder();
		for (Option option : options) {
			text.append(option.code())
				.append(" | ")
				.append(option.labelEn())
				.append(" | ")
				.append(option.labelFr() == null ? "" : option.labelFr())
				.append(" | ")
				.append(option.labelEs() == null ? "" : option.labelEs())
				.append('\n');
		}
		return text.toString();
	}

	/**
	 * Applies one of the editor's actions: {@code add-section}, or a verb and the place
	 * it acts on: {@code add-field:sections[0]} (a field at the end of a section, or of a
	 * group with {@code sections[0].fields[3]}), {@code remove:…}, {@code up:…},
	 * {@code down:…}. An action that names no existing place changes nothing.
	 */
	static TemplateContent apply(TemplateContent content, String action) {
		int colon = action.indexOf(':');
		String verb = colon < 0 ? action : action.substring(0, colon);
		List<Integer> at = indices(colon < 0 ? "" : action.substring(colon + 1));
		List<TemplateSection> sections = new ArrayList<>(content.sections());
		if (verb.equals("add-section")) {
			sections.add(new TemplateSection("", "", null, null, null, null, null, List.of()));
		}
		else if (at.isEmpty() || at.get(0) >= sections.size()) {
			return content;
		}
		else if (at.size() == 1) {
			int s = at.get(0);
			if (verb.equals("add-field")) {
				TemplateSection section = sections.get(s);
				sections.set(s, withFields(section, append(section.fields())));
			}
			else {
				move(sections, s, verb);
			}
		}
		else {
			TemplateSection section = sections.get(at.get(0));
			sections.set(at.get(0), withFields(section, change(section.fields(), at, 1, verb)));
		}
		return new TemplateContent(content.titleEn(), content.titleFr(), content.titleEs(), sections);
	}

	private static List<TemplateField> change(List<TemplateField> fields, List<Integer> at, int depth, String verb) {
		int index = at.get(depth);
		if (index >= fields.size()) {
			return fields;
		}
		List<TemplateField> changed = new ArrayList<>(fields);
		TemplateField field = changed.get(index);
		if (depth < at.size() - 1) {
			changed.set(index, withFields(field, change(field.fields(), at, depth + 1, verb)));
		}
		else if (verb.equals("add-field")) {
			if (field.type() == FieldType.GROUP) {
				changed.set(index, withFields(field, append(field.fields())));
			}
		}
		else {
			move(changed, index, verb);
		}
		return changed;
	}

	private static <T> void move(List<T> list, int index, String verb) {
		switch (verb) {
			case "remove" -> list.remove(index);
			case "up" -> {
				if (index > 0) {
					Collections.swap(list, index, index - 1);
				}
			}
			case "down" -> {
				if (index < list.size() - 1) {
					Collections.swap(list, index, index + 1);
				}
			}
			default -> {
			}
		}
	}

	private static List<TemplateField> append(List<TemplateField> fields) {
		List<TemplateField> more = new ArrayList<>(fields);
		more.add(new TemplateField("", FieldType.TEXT, "", null, null, null, null, null, false, null, List.of(),
				List.of(), null));
		return more;
	}

	private static TemplateSection withFields(TemplateSection section, List<TemplateField> fields) {
		return new TemplateSection(section.key(), section.titleEn(), section.titleFr(), section.titleEs(),
				section.introEn(), section.introFr(), section.introEs(), fields);
	}

	private static TemplateField withFields(TemplateField field, List<TemplateField> fields) {
		return new TemplateField(field.key(), field.type(), field.labelEn(), field.labelFr(), field.labelEs(),
				field.helpEn(), field.helpFr(), field.helpEs(), field.required(), field.choices(), field.options(),
				fields, field.role());
	}

	/** The indices in a place: {@code sections[1].fields[2]} → [1, 2]. */
	static List<Integer> indices(String path) {
		List<Integer> indices = new ArrayList<>();
		Matcher matcher = INDEX.matcher(path);
		while (matcher.find()) {
			indices.add(Integer.parseInt(matcher.group(1)));
		}
		return indices;
	}

	/**
	 * The input a problem belongs to: its place, except that an option's problem is shown
	 * with the options.
	 */
	static String input(String problemPath) {
		return problemPath.replaceAll("\\.options\\[\\d+]\\.\\w+$", ".options");
	}

	/** An element id for a place: {@code sections-1-fields-2-labelFr}. */
	static String id(String path) {
		return path.replace("[", "-").replace("].", "-").replace("]", "").replace('.', '-');
	}

	private static String section(int index) {
		return "sections[" + index + "]";
	}

	private static String text(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		return value == null ? "" : value.strip();
	}

	private static @Nullable String optional(MultiValueMap<String, String> form, String name) {
		String value = text(form, name);
		return value.isEmpty() ? null : value;
	}

	private static @Nullable String part(String[] parts, int index, @Nullable String otherwise) {
		if (parts.length <= index || parts[index].isBlank()) {
			return otherwise;
		}
		return parts[index].strip();
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String name) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		return null;
	}

	/** The version the form was written against; -1 (stale) when missing or garbled. */
	static long version(@Nullable String version) {
		try {
			return version == null ? -1 : Long.parseLong(version);
		}
		catch (NumberFormatException notANumber) {
			return -1;
		}
	}

}
