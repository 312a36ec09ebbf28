package org.synergies.accreditation;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * An applicant's answer to one criterion, in the language they wrote it in.
 */
public record AnswerInput(@Nullable String text, @Nullable Language language) {
}
