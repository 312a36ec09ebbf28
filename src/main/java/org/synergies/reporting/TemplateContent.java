package org.synergies.reporting;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.FieldProblem;

/**
 * What a version of the reporting template says: its title and its sections of fields.
 * {@link #problems()} lists what keeps it from being used: keys missing or repeated,
 * labels missing, choice fields without choices, groups inside groups, roles in the wrong
 * place. Field names in the problems are paths such as {@code sections[1].fields[0].key}.
 */
public record TemplateContent(String titleEn, @Nullable String titleFr, @Nullable String titleEs,
		List<TemplateSection> sections) {

	/** The option code of cash in the finance kind field. */
	public static final String CASH = "CASH";

	/** The option code of in-kind contributions in the finance kind field. */
	public static final String IN_KIND = "IN_KIND";

	private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

	/** Roles that only make sense on a field of the activities group. */
	private static final Set<FieldRole> ACTIVITY_ROLES = EnumSet.of(FieldRole.ACTIVITY_TITLE, FieldRole.INSTRUMENTS,
			FieldRole.SPECIES_GROUPS, FieldRole.COUNTRIES, FieldRole.REGIONS, FieldRole.TARGETS);

	/** Roles that only make sense on a field of the financial lines group. */
	private static final Set<FieldRole> FINANCE_ROLES = EnumSet.of(FieldRole.FINANCE_KIND, FieldRole.AMOUNT,
			FieldRole.FUNDED_ACTIVITY);

	public TemplateContent {
		sections = sections == null ? List.of() : List.copyOf(sections);
	}

	public String title(Locale locale) {
		return TemplateField.pick(locale, this.titleEn, this.titleFr, this.titleEs);
	}

	/** Every top-level field, section after section. */
	public List<TemplateField> fields() {
		return this.sections.stream().flatMap(section -> section.fields().stream()).toList();
	}

	public Optional<TemplateField> field(String key) {
		return fields().stream().filter(field -> field.key().equals(key)).findFirst();
	}

	public Optional<TemplateField> fieldWithRole(FieldRole role) {
		return fields().stream().filter(field -> field.role() == role).findFirst();
	}

	/** What keeps this content from being a usable template; empty when it is one. */
	public List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (blank(this.titleEn)) {
			problems.add(new FieldProblem("titleEn", "validation.required"));
		}
		if (this.sections.isEmpty()) {
			problems.add(new FieldProblem("sections", "template.rule.no-sections"));
		}
		Set<String> sectionKeys = new HashSet<>();
		Set<String> fieldKeys = new HashSet<>();
		Set<FieldRole> roles = EnumSet.noneOf(FieldRole.class);
		for (int s = 0; s < this.sections.size(); s++) {
			TemplateSection section = this.sections.get(s);
			String path = "sections[" + s + "]";
			checkKey(section.key(), path + ".key", sectionKeys, problems);
			if (blank(section.titleEn())) {
				problems.add(new FieldProblem(path + ".titleEn", "validation.required"));
			}
			if (section.fields().isEmpty()) {
				problems.add(new FieldProblem(path + ".fields", "template.rule.empty-section"));
			}
			for (int f = 0; f < section.fields().size(); f++) {
				checkField(section.fields().get(f), path + ".fields[" + f + "]", null, fieldKeys, roles, problems);
			}
		}
		boolean hasActivities = roles.contains(FieldRole.ACTIVITIES);
		if (!hasActivities && usesActivityChoices()) {
			problems.add(new FieldProblem("sections", "template.rule.activities-missing"));
		}
		return problems;
	}

	private boolean usesActivityChoices() {
		return fields().stream()
			.flatMap(field -> field.type() == FieldType.GROUP ? field.fields().stream() : Stream.of(field))
			.anyMatch(field -> field.choices() == ChoiceSource.ACTIVITIES);
	}

	private static void checkField(TemplateField field, String path, @Nullable TemplateField group, Set<String> keys,
			Set<FieldRole> roles, List<FieldProblem> problems) {
		checkKey(field.key(), path + ".key", keys, problems);
		if (field.type() == null) {
			problems.add(new FieldProblem(path + ".type", "validation.required"));
			return;
		}
		if (blank(field.labelEn())) {
			problems.add(new FieldProblem(path + ".labelEn", "validation.required"));
		}
		if (field.type().hasChoices()) {
			if (field.choices() == null) {
				problems.add(new FieldProblem(path + ".choices", "template.rule.choices-missing"));
			}
			else if (field.choices() == ChoiceSource.OPTIONS) {
				checkOptions(field, path, problems);
			}
		}
		else if (field.choices() != null || !field.options().isEmpty()) {
			problems.add(new FieldProblem(path + ".choices", "template.rule.choices-not-allowed"));
		}
		if (field.type() == FieldType.GROUP) {
			if (group != null) {
				problems.add(new FieldProblem(path + ".type", "template.rule.group-in-group"));
			}
			if (field.fields().isEmpty()) {
				problems.add(new FieldProblem(path + ".fields", "template.rule.empty-group"));
			}
			Set<String> childKeys = new HashSet<>();
			for (int c = 0; c < field.fields().size(); c++) {
				checkField(field.fields().get(c), path + ".fields[" + c + "]", field, childKeys, roles, problems);
			}
		}
		else if (!field.fields().isEmpty()) {
			problems.add(new FieldProblem(path + ".fields", "template.rule.fields-only-in-groups"));
		}
		if (field.role() != null) {
			checkRole(field, path, group, roles, problems);
		}
	}

	private static void checkOptions(TemplateField field, String path, List<FieldProblem> problems) {
		if (field.options().isEmpty()) {
			problems.add(new FieldProblem(path + ".options", "template.rule.options-missing"));
		}
		Set<String> codes = new HashSet<>();
		for (int o = 0; o < field.options().size(); o++) {
			Option option = field.options().get(o);
			if (blank(option.code()) || !codes.add(option.code())) {
				problems.add(new FieldProblem(path + ".options[" + o + "].code", "template.rule.option-code"));
			}
			if (blank(option.labelEn())) {
				problems.add(new FieldProblem(path + ".options[" + o + "].labelEn", "validation.required"));
			}
		}
	}

	private static void checkRole(TemplateField field, String path, @Nullable TemplateField group, Set<FieldRole> roles,
			List<FieldProblem> problems) {
		FieldRole role = field.role();
		if (!roles.add(role)) {
			problems.add(new FieldProblem(path + ".role", "template.rule.role-twice"));
			return;
		}
		FieldRole expectedGroup = ACTIVITY_ROLES.contains(role) ? FieldRole.ACTIVITIES
				: FINANCE_ROLES.contains(role) ? FieldRole.FINANCIAL_LINES : null;
		boolean placed = expectedGroup == null ? group == null : group != null && group.role() == expectedGroup;
		boolean typed = switch (role) {
			case ACTIVITIES, FINANCIAL_LINES -> field.type() == FieldType.GROUP;
			case ACTIVITY_TITLE -> field.type() == FieldType.TEXT;
			case INSTRUMENTS -> isMulti(field, ChoiceSource.INSTRUMENTS);
			case SPECIES_GROUPS -> isMulti(field, ChoiceSource.SPECIES_GROUPS);
			case COUNTRIES -> isMulti(field, ChoiceSource.COUNTRIES);
			case REGIONS -> isMulti(field, ChoiceSource.REGIONS);
			case TARGETS -> isMulti(field, ChoiceSource.TARGETS);
			case FINANCE_KIND -> field.type() == FieldType.CHOICE && field.choices() == ChoiceSource.OPTIONS
					&& field.option(CASH).isPresent() && field.option(IN_KIND).isPresent();
			case AMOUNT -> field.type() == FieldType.MONEY;
			case FUNDED_ACTIVITY -> field.type() == FieldType.CHOICE && field.choices() == ChoiceSource.ACTIVITIES;
			case STAFF_MONTHS -> field.type() == FieldType.NUMBER;
		};
		if (!placed || !typed) {
			problems.add(new FieldProblem(path + ".role", "template.rule.role-misplaced"));
		}
	}

	private static boolean isMulti(TemplateField field, ChoiceSource source) {
		return field.type() == FieldType.MULTI_CHOICE && field.choices() == source;
	}

	private static void checkKey(@Nullable String key, String path, Set<String> keys, List<FieldProblem> problems) {
		if (key == null || !KEY.matcher(key).matches()) {
			problems.add(new FieldProblem(path, "template.rule.key"));
		}
		else if (!keys.add(key)) {
			problems.add(new FieldProblem(path, "template.rule.key-twice", key));
		}
	}

	/**
	 * The texts given in English but not yet in French or Spanish: a version goes to the
	 * Standing Committee only when the whole format exists in the three languages.
	 */
	public List<FieldProblem> untranslated() {
		List<FieldProblem> problems = new ArrayList<>();
		translated("titleEn", this.titleEn, this.titleFr, this.titleEs, problems);
		for (int s = 0; s < this.sections.size(); s++) {
			TemplateSection section = this.sections.get(s);
			String path = "sections[" + s + "]";
			translated(path + ".titleEn", section.titleEn(), section.titleFr(), section.titleEs(), problems);
			translated(path + ".introEn", section.introEn(), section.introFr(), section.introEs(), problems);
			untranslated(section.fields(), path, problems);
		}
		return problems;
	}

	private static void untranslated(List<TemplateField> fields, String parent, List<FieldProblem> problems) {
		for (int f = 0; f < fields.size(); f++) {
			TemplateField field = fields.get(f);
			String path = parent + ".fields[" + f + "]";
			translated(path + ".labelEn", field.labelEn(), field.labelFr(), field.labelEs(), problems);
			translated(path + ".helpEn", field.helpEn(), field.helpFr(), field.helpEs(), problems);
			for (int o = 0; o < field.options().size(); o++) {
				Option option = field.options().get(o);
				translated(path + ".options[" + o + "].labelEn", option.labelEn(), option.labelFr(), option.labelEs(),
						problems);
			}
			untranslated(field.fields(), path, problems);
		}
	}

	/** Given the English path ({@code ….labelEn}), names the French and Spanish ones. */
	private static void translated(String englishPath, @Nullable String english, @Nullable String french,
			@Nullable String spanish, List<FieldProblem> problems) {
		if (blank(english)) {
			return;
		}
		String base = englishPath.substring(0, englishPath.length() - 2);
		if (blank(french)) {
			problems.add(new FieldProblem(base + "Fr", "template.rule.french-missing"));
		}
		if (blank(spanish)) {
			problems.add(new FieldProblem(base + "Es", "template.rule.spanish-missing"));
		}
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
