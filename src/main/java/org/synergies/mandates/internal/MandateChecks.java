package org.synergies.mandates.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.synergies.mandates.MandateDetails;
import org.synergies.mandates.MandateKind;
import org.synergies.mandates.MandateStatus;
import org.synergies.meetings.GoverningBodies;
import org.synergies.shared.FieldProblem;

/**
 * The rules of a text's details: a number as the COP numbers its texts (meeting, dot,
 * number; decisions drafted before adoption carry letters, "13.AA"), a revision named
 * after a meeting ("COP12"), a title in at least one language, an adopted text tied to
 * the meeting that adopted it, and one text per symbol.
 */
@Component
public class MandateChecks {

	private static final Pattern RESOLUTION_NUMBER = Pattern.compile("\\d{1,2}\\.\\d{1,3}");

	private static final Pattern DECISION_NUMBER = Pattern.compile("\\d{1,2}\\.(\\d{1,3}|[A-Z]{1,3})");

	private static final Pattern REVISION = Pattern.compile("[A-Z]{2,5}\\d{1,4}");

	private static final int TITLE_LIMIT = 500;

	private final MandateRecords records;

	private final GoverningBodies bodies;

	MandateChecks(MandateRecords records, GoverningBodies bodies) {
		this.records = records;
		this.bodies = bodies;
	}

	public List<FieldProblem> check(MandateDetails details) {
		List<FieldProblem> problems = new ArrayList<>();
		if (details.kind() == null) {
			problems.add(new FieldProblem("kind", "mandates.kind.required"));
		}
		String number = number(details);
		if (number.isEmpty()) {
			problems.add(new FieldProblem("number", "mandates.number.required"));
		}
		else if (details.kind() != null
				&& !(details.kind() == MandateKind.RESOLUTION ? RESOLUTION_NUMBER : DECISION_NUMBER).matcher(number)
					.matches()) {
			problems.add(new FieldProblem("number", "mandates.number.invalid", number));
		}
		String revision = revision(details);
		if (revision != null && !REVISION.matcher(revision).matches()) {
			problems.add(new FieldProblem("revision", "mandates.revision.invalid", revision));
		}
		if (Mandate.blankless(details.titleEn()) == null && Mandate.blankless(details.titleFr()) == null
				&& Mandate.blankless(details.titleEs()) == null) {
			problems.add(new FieldProblem("titleEn", "mandates.title.required"));
		}
		for (String field : List.of("titleEn", "titleFr", "titleEs")) {
			String title = switch (field) {
				case "titleEn" -> details.titleEn();
				case "titleFr" -> details.titleFr();
				default -> details.titleEs();
			};
			if (title != null && title.strip().length() > TITLE_LIMIT) {
				problems.add(new FieldProblem(field, "mandates.title.tooLong", TITLE_LIMIT));
			}
		}
		if (details.status() == null) {
			problems.add(new FieldProblem("status", "mandates.status.required"));
		}
		if (details.meeting() != null && this.bodies.meeting(details.meeting()).isEmpty()) {
			problems.add(new FieldProblem("meeting", "mandates.meeting.unknown"));
		}
		else if (details.meeting() == null && details.status() == MandateStatus.ADOPTED) {
			problems.add(new FieldProblem("meeting", "mandates.meeting.requiredWhenAdopted"));
		}
		if (details.kind() != null && !number.isEmpty()
				&& this.records.findAllByKindAndSymbolNumber(details.kind(), number)
					.stream()
					.anyMatch(existing -> Objects.equals(existing.view().revision(), revision))) {
			problems.add(new FieldProblem("number", "mandates.number.taken", number));
		}
		return problems;
	}

	static String number(MandateDetails details) {
		return details.number() == null ? "" : details.number().strip().toUpperCase(Locale.ROOT);
	}

	static @Nullable String revision(MandateDetails details) {
		String revision = Mandate.blankless(details.revision());
		if (revision == null) {
			return null;
		}
		String bare = revision.toUpperCase(Locale.ROOT).replaceAll("[\\s.]", "");
		return bare.startsWith("REV") ? bare.substring(3) : bare;
	}

}
