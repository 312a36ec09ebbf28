package org.synergies.accreditation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;
import org.synergies.shared.VersionStatus;

/**
 * A version of the accreditation process.
 *
 * @param adoptedBy the Standing Committee decision that adopted it
 * @param reportingModelLabel the reporting model as named in free text before versions
 * referred to a format version; kept readable on the versions no format could be linked
 * to
 */
public record ProcessView(UUID id, int number, VersionStatus status, @Nullable UUID workingGroup,
		ProcessContent content, @Nullable UUID adoptedBy, @Nullable LocalDate adoptedOn, @Nullable Instant submittedAt,
		Instant createdAt, Instant updatedAt, long version, @Nullable String reportingModelLabel) {

	public boolean isInForce() {
		return this.status == VersionStatus.ADOPTED;
	}

	public @Nullable String text(Locale locale) {
		String translated = Language.of(locale)
			.pick(this.content.textEn(), this.content.textFr(), this.content.textEs());
		return translated != null ? translated : this.content.textEn();
	}

}
