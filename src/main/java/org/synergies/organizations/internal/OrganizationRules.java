package org.synergies.organizations.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.synergies.organizations.ContactDetails;
import org.synergies.organizations.OrganizationDetails;
import org.synergies.reference.ReferenceData;
import org.synergies.shared.CountryCode;
import org.synergies.shared.FieldProblem;

/**
 * The field rules of an organization and its contacts, in one place for the pages, the
 * API and imports.
 */
@Component
public class OrganizationRules {

	static final int NAME_LENGTH = 300;

	static final int ACRONYM_LENGTH = 30;

	static final int WEBSITE_LENGTH = 500;

	static final int EMAIL_LENGTH = 320;

	static final int DESCRIPTION_LENGTH = 10_000;

	static final int CONTACT_NAME_LENGTH = 200;

	static final int PHONE_LENGTH = 50;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

	private static final Pattern PHONE = Pattern.compile("^[+0-9 ()./\\-]{3,50}$");

	private final ReferenceData reference;

	OrganizationRules(ReferenceData reference) {
		this.reference = reference;
	}

	public List<FieldProblem> check(OrganizationDetails details) {
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "officialName", details.officialName());
		length(problems, "officialName", details.officialName(), NAME_LENGTH);
		length(problems, "nameEn", details.nameEn(), NAME_LENGTH);
		length(problems, "nameFr", details.nameFr(), NAME_LENGTH);
		length(problems, "nameEs", details.nameEs(), NAME_LENGTH);
		length(problems, "acronym", details.acronym(), ACRONYM_LENGTH);
		if (details.kind() == null) {
			problems.add(new FieldProblem("kind", "validation.choose"));
		}
		if (details.headquarters() != null && !CountryCode.isValid(details.headquarters())) {
			problems.add(new FieldProblem("headquarters", "validation.country"));
		}
		details.countries()
			.stream()
			.filter(code -> !CountryCode.isValid(code))
			.findFirst()
			.ifPresent(code -> problems.add(new FieldProblem("countries", "validation.country-code", code)));
		if (details.website() != null) {
			length(problems, "website", details.website(), WEBSITE_LENGTH);
			if (!isWebAddress(details.website())) {
				problems.add(new FieldProblem("website", "validation.website"));
			}
		}
		email(problems, "publicEmail", details.publicEmail());
		length(problems, "description", details.description(), DESCRIPTION_LENGTH);
		if (details.description() != null && details.descriptionLanguage() == null) {
			problems.add(new FieldProblem("descriptionLanguage", "organization.rule.description-language"));
		}
		details.instruments()
			.stream()
			.filter(code -> this.reference.instrument(code).isEmpty())
			.findFirst()
			.ifPresent(code -> problems.add(new FieldProblem("instruments", "validation.unknown-code", code)));
		details.speciesGroups()
			.stream()
			.filter(code -> this.reference.speciesGroup(code).isEmpty())
			.findFirst()
			.ifPresent(code -> problems.add(new FieldProblem("speciesGroups", "validation.unknown-code", code)));
		return problems;
	}

	public List<FieldProblem> check(ContactDetails contact) {
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "name", contact.name());
		length(problems, "name", contact.name(), CONTACT_NAME_LENGTH);
		length(problems, "role", contact.role(), CONTACT_NAME_LENGTH);
		email(problems, "email", contact.email());
		if (contact.phone() != null && !contact.phone().isBlank()
				&& !PHONE.matcher(contact.phone().strip()).matches()) {
			problems.add(new FieldProblem("phone", "validation.phone"));
		}
		return problems;
	}

	private static void required(List<FieldProblem> problems, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "validation.required"));
		}
	}

	private static void length(List<FieldProblem> problems, String field, @Nullable String value, int max) {
		if (value != null && value.codePointCount(0, value.length()) > max) {
			problems.add(new FieldProblem(field, "validation.too-long-n", max));
		}
	}

	private static void email(List<FieldProblem> problems, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		if (value.length() > EMAIL_LENGTH || !EMAIL.matcher(value.strip()).matches()) {
			problems.add(new FieldProblem(field, "validation.email"));
		}
	}

	private static boolean isWebAddress(String value) {
		try {
			URI uri = URI.create(value);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && uri.getHost().contains(".");
		}
		catch (IllegalArgumentException exception) {
			return false;
		}
	}

}
