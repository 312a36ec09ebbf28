package org.synergies.countries.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.synergies.countries.FocalPointDesignation;
import org.synergies.countries.FocalPointDetails;
import org.synergies.countries.FocalPointView;
import org.synergies.countries.MembershipDetails;
import org.synergies.countries.MembershipStatus;
import org.synergies.countries.MembershipView;
import org.synergies.documents.Spreadsheets;
import org.synergies.shared.CountryCode;
import org.synergies.shared.FieldProblem;

/**
 * The columns of the memberships and focal points files, one row per record, read and
 * written alike: an exported file imports back unchanged. Countries are ISO 3166 codes,
 * treaties their codes ({@code CMS}, {@code AEWA}, {@code RAMSAR}), dates ISO 8601.
 */
public final class CountryFiles {

	public static final List<String> MEMBERSHIP_COLUMNS = List.of("country", "treaty", "status", "since");

	public static final List<String> FOCAL_POINT_COLUMNS = List.of("id", "country", "treaty", "designation", "name",
			"institution", "position", "email", "phone", "account_email");

	private CountryFiles() {
	}

	/** What a line says, and what is wrong with it on its own. */
	public record Parsed<T>(@Nullable CountryCode country, T details, List<FieldProblem> problems) {
	}

	public static Parsed<MembershipDetails> membership(Map<String, String> values) {
		List<FieldProblem> problems = new ArrayList<>();
		CountryCode country = country(values, problems);
		MembershipStatus status = choice(values, "status", MembershipStatus.class, problems);
		LocalDate since = null;
		String date = value(values, "since");
		if (date != null) {
			try {
				since = LocalDate.parse(date);
			}
			catch (DateTimeParseException exception) {
				problems.add(new FieldProblem("since", "countries.import.date", date));
			}
		}
		return new Parsed<>(country, new MembershipDetails(value(values, "treaty"), status, since), problems);
	}

	/** A focal point line; its account is named by e-mail and resolved by the import. */
	public static Parsed<FocalPointDetails> focalPoint(Map<String, String> values) {
		List<FieldProblem> problems = new ArrayList<>();
		CountryCode country = country(values, problems);
		FocalPointDesignation designation = choice(values, "designation", FocalPointDesignation.class, problems);
		return new Parsed<>(country,
				new FocalPointDetails(value(values, "treaty"), designation, value(values, "name"),
						value(values, "institution"), value(values, "position"), value(values, "email"),
						value(values, "phone"), null),
				problems);
	}

	public static Spreadsheets.Table memberships(List<MembershipView> memberships) {
		return new Spreadsheets.Table("memberships", MEMBERSHIP_COLUMNS, rows -> memberships
			.forEach(membership -> rows.accept(List.of(membership.country().value(), membership.treaty(),
					membership.status().name(), membership.since() == null ? "" : membership.since().toString()))));
	}

	/**
	 * @param accountEmail the e-mail address of a linked account, by its id
	 */
	public static Spreadsheets.Table focalPoints(List<FocalPointView> focalPoints,
			Function<FocalPointView, String> accountEmail) {
		return new Spreadsheets.Table("focal-points", FOCAL_POINT_COLUMNS,
				rows -> focalPoints.forEach(focalPoint -> rows.accept(List.of(focalPoint.id().toString(),
						focalPoint.country().value(), focalPoint.treaty(), focalPoint.designation().name(),
						focalPoint.name(), text(focalPoint.institution()), text(focalPoint.position()),
						text(focalPoint.email()), text(focalPoint.phone()), accountEmail.apply(focalPoint)))));
	}

	public static @Nullable String value(Map<String, String> values, String column) {
		String value = values.get(column);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static @Nullable CountryCode country(Map<String, String> values, List<FieldProblem> problems) {
		String code = value(values, "country");
		if (code == null) {
			problems.add(new FieldProblem("country", "validation.required"));
			return null;
		}
		String upper = code.toUpperCase(Locale.ROOT);
		if (!CountryCode.isValid(upper)) {
			problems.add(new FieldProblem("country", "validation.country-code", code));
			return null;
		}
		return CountryCode.of(upper);
	}

	private static <E extends Enum<E>> @Nullable E choice(Map<String, String> values, String column, Class<E> type,
			List<FieldProblem> problems) {
		String text = value(values, column);
		if (text == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException exception) {
			problems.add(new FieldProblem(column, "countries.import.choice", text,
					String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
			return null;
		}
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
