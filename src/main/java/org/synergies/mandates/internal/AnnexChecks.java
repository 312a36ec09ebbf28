package org.synergies.mandates.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.synergies.mandates.AnnexDetails;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;

/** The rules of one entered annex, every problem reported at once. */
final class AnnexChecks {

	static final int BODY_LIMIT = 100_000;

	static final int TITLE_LIMIT = 500;

	private static final Pattern NUMBER = Pattern.compile("[\\p{L}\\d]{1,10}");

	private AnnexChecks() {
	}

	/** The annex to store under {@code number}; refused with every problem. */
	static MandateAnnex check(String number, AnnexDetails details) {
		return check(number, details, new ArrayList<>());
	}

	/**
	 * The annex to store under {@code number}; refused with every problem, those found
	 * before included.
	 */
	static MandateAnnex check(String number, AnnexDetails details, List<FieldProblem> problems) {
		String[] titles = { title("titleEn", details.titleEn(), problems),
				title("titleFr", details.titleFr(), problems), title("titleEs", details.titleEs(), problems) };
		String[] bodies = { body("bodyEn", details.bodyEn(), problems), body("bodyFr", details.bodyFr(), problems),
				body("bodyEs", details.bodyEs(), problems) };
		if (bodies[0] == null && bodies[1] == null && bodies[2] == null) {
			problems.add(new FieldProblem("bodyEn", "mandates.annexes.body.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new MandateAnnex(number, titles[0], titles[1], titles[2], bodies[0], bodies[1], bodies[2]);
	}

	/**
	 * The number as written, stripped; none when missing or not letters and digits (the
	 * problem added).
	 */
	static @Nullable String number(@Nullable String number, List<FieldProblem> problems) {
		String written = Mandate.blankless(number);
		if (written == null) {
			problems.add(new FieldProblem("number", "mandates.annexes.number.required"));
		}
		else if (!NUMBER.matcher(written).matches()) {
			problems.add(new FieldProblem("number", "mandates.annexes.number.invalid", written));
			return null;
		}
		return written;
	}

	private static @Nullable String title(String field, @Nullable String title, List<FieldProblem> problems) {
		String written = Mandate.blankless(title);
		if (written != null && written.length() > TITLE_LIMIT) {
			problems.add(new FieldProblem(field, "mandates.annexes.title.tooLong", TITLE_LIMIT));
		}
		return written;
	}

	private static @Nullable String body(String field, @Nullable String body, List<FieldProblem> problems) {
		String written = Mandate.blankless(body);
		if (written != null && written.length() > BODY_LIMIT) {
			problems.add(new FieldProblem(field, "mandates.annexes.body.tooLong", BODY_LIMIT));
		}
		return written;
	}

}
