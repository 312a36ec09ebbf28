package org.synergies.organizations.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.synergies.organizations.OrganizationDetails;
import org.synergies.organizations.OrganizationKind;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.Language;

/**
 * The columns of the registry's CSV and XLSX files, shared by export and import so that
 * an exported file imports back unchanged. Lists are separated by semicolons; kinds,
 * countries, languages, instruments and species groups are written as their codes.
 */
public final class OrganizationFile {

	public static final List<String> COLUMNS = List.of("id", "official_name", "name_en", "name_fr", "name_es",
			"acronym", "kind", "headquarters", "countries", "website", "public_email", "description",
			"description_language", "instruments", "species_groups", "status");

	private OrganizationFile() {
	}

	public static List<String> row(OrganizationView organization) {
		return List.of(organization.id().toString(), organization.officialName(), text(organization.nameEn()),
				text(organization.nameFr()), text(organization.nameEs()), text(organization.acronym()),
				organization.kind().name(), text(organization.headquarters()), list(organization.countries()),
				text(organization.website()), text(organization.publicEmail()), text(organization.description()),
				organization.descriptionLanguage() == null ? "" : organization.descriptionLanguage().name(),
				list(organization.instruments()), list(organization.speciesGroups()), organization.status().name());
	}

	/** A row of an import file read as details; what cannot be read becomes a problem. */
	public static Parsed parse(Map<String, String> row) {
		List<FieldProblem> problems = new ArrayList<>();
		OrganizationKind kind = null;
		String kindText = value(row, "kind");
		if (kindText != null) {
			try {
				kind = OrganizationKind.valueOf(kindText.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException exception) {
				problems.add(new FieldProblem("kind", "import.problem.kind", kindText,
						Arrays.stream(OrganizationKind.values()).map(Enum::name).collect(Collectors.joining(", "))));
			}
		}
		Language language = null;
		String languageText = value(row, "description_language");
		if (languageText != null) {
			language = Language.fromCode(languageText).orElse(null);
			if (language == null) {
				problems.add(new FieldProblem("descriptionLanguage", "import.problem.language", languageText));
			}
		}
		OrganizationDetails details = new OrganizationDetails(value(row, "official_name"), value(row, "name_en"),
				value(row, "name_fr"), value(row, "name_es"), value(row, "acronym"), kind, value(row, "headquarters"),
				set(row, "countries"), value(row, "website"), value(row, "public_email"), value(row, "description"),
				language, set(row, "instruments"), set(row, "species_groups"));
		return new Parsed(value(row, "id"), details, problems);
	}

	public record Parsed(@Nullable String id, OrganizationDetails details, List<FieldProblem> problems) {
	}

	/** The file's values over the existing profile: an empty cell keeps what is there. */
	public static OrganizationDetails over(OrganizationDetails file, OrganizationView existing,
			Map<String, String> row) {
		OrganizationDetails current = existing.details();
		return new OrganizationDetails(or(file.officialName(), current.officialName()),
				or(file.nameEn(), current.nameEn()), or(file.nameFr(), current.nameFr()),
				or(file.nameEs(), current.nameEs()), or(file.acronym(), current.acronym()),
				file.kind() != null ? file.kind() : current.kind(), or(file.headquarters(), current.headquarters()),
				value(row, "countries") != null ? file.countries() : current.countries(),
				or(file.website(), current.website()), or(file.publicEmail(), current.publicEmail()),
				or(file.description(), current.description()),
				file.description() != null ? file.descriptionLanguage() : current.descriptionLanguage(),
				value(row, "instruments") != null ? file.instruments() : current.instruments(),
				value(row, "species_groups") != null ? file.speciesGroups() : current.speciesGroups());
	}

	/** The fields whose value differs, by column name. */
	public static List<String> changes(OrganizationDetails before, OrganizationDetails after) {
		Map<String, Object[]> fields = new LinkedHashMap<>();
		fields.put("official_name", new Object[] { before.officialName(), after.officialName() });
		fields.put("name_en", new Object[] { before.nameEn(), after.nameEn() });
		fields.put("name_fr", new Object[] { before.nameFr(), after.nameFr() });
		fields.put("name_es", new Object[] { before.nameEs(), after.nameEs() });
		fields.put("acronym", new Object[] { before.acronym(), after.acronym() });
		fields.put("kind", new Object[] { before.kind(), after.kind() });
		fields.put("headquarters", new Object[] { before.headquarters(), after.headquarters() });
		fields.put("countries", new Object[] { before.countries(), after.countries() });
		fields.put("website", new Object[] { before.website(), after.website() });
		fields.put("public_email", new Object[] { before.publicEmail(), after.publicEmail() });
		fields.put("description", new Object[] { before.description(), after.description() });
		fields.put("description_language", new Object[] { before.descriptionLanguage(), after.descriptionLanguage() });
		fields.put("instruments", new Object[] { before.instruments(), after.instruments() });
		fields.put("species_groups", new Object[] { before.speciesGroups(), after.speciesGroups() });
		return fields.entrySet()
			.stream()
			.filter(entry -> !Objects.equals(entry.getValue()[0], entry.getValue()[1]))
			.map(Map.Entry::getKey)
			.toList();
	}

	private static @Nullable String value(Map<String, String> row, String column) {
		String value = row.get(column);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Set<String> set(Map<String, String> row, String column) {
		String value = value(row, column);
		if (value == null) {
			return Set.of();
		}
		return Arrays.stream(value.split("[;,]"))
			.map(String::strip)
			.filter(item -> !item.isEmpty())
			.map(item -> item.toUpperCase(Locale.ROOT))
			.collect(Collectors.toSet());
	}

	private static @Nullable String or(@Nullable String mine, @Nullable String theirs) {
		return mine != null ? mine : theirs;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static String list(Set<String> values) {
		return String.join(";", new TreeSet<>(values));
	}

}
