package org.synergies.mandates.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.mandates.MandateDetails;
import org.synergies.mandates.MandateKind;
import org.synergies.mandates.MandateStatus;

/** The form that records a resolution or a decision. */
record MandateForm(@Nullable MandateKind kind, @Nullable String number, @Nullable String revision,
		@Nullable String titleEn, @Nullable String titleFr, @Nullable String titleEs, @Nullable UUID meeting,
		@Nullable MandateStatus status) {

	static MandateForm empty() {
		return new MandateForm(MandateKind.RESOLUTION, null, null, null, null, null, null, MandateStatus.ADOPTED);
	}

	MandateDetails details() {
		return new MandateDetails(this.kind, this.number, this.revision, this.titleEn, this.titleFr, this.titleEs,
				this.meeting, this.status);
	}

}
