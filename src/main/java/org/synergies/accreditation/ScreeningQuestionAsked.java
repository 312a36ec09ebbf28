package org.synergies.accreditation;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The Secretariat asked the applicant a question while screening an application.
 *
 * @param question the question's id on the application
 */
public record ScreeningQuestionAsked(UUID application, UUID organization, UUID question, String text,
		@Nullable LocalDate dueOn) {
}
