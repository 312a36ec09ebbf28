package org.synergies.agreements.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.agreements.AgreementActionKind;
import org.synergies.agreements.AgreementActionView;
import org.synergies.shared.VersionStatus;

/**
 * A proposed extension, revision or termination of an agreement; once ADOPTED, the
 * decision that adopted it (see {@code /api/v1/decisions/{id}}) and the day.
 */
record AgreementActionResponse(UUID id, UUID agreement, int number, AgreementActionKind kind, VersionStatus status,
		@Nullable LocalDate validFrom, @Nullable LocalDate validUntil, @Nullable String titleEn,
		@Nullable String titleFr, @Nullable String titleEs, @Nullable String renewalTermsEn,
		@Nullable String renewalTermsFr, @Nullable String renewalTermsEs, @Nullable String explanation,
		@Nullable UUID decision, @Nullable LocalDate adoptedOn, long version) {

	static AgreementActionResponse of(AgreementActionView action) {
		var p = action.proposal();
		return new AgreementActionResponse(action.id(), action.agreement(), action.number(), action.kind(),
				action.status(), p.validFrom(), p.validUntil(), p.titleEn(), p.titleFr(), p.titleEs(),
				p.renewalTermsEn(), p.renewalTermsFr(), p.renewalTermsEs(), p.explanation(), action.adoptedBy(),
				action.adoptedOn(), action.version());
	}

}
