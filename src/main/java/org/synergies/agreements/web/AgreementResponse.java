package org.synergies.agreements.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.agreements.AgreementKind;
import org.synergies.agreements.AgreementStatus;
import org.synergies.agreements.AgreementView;

/**
 * An agreement through the API: its titles and renewal terms in English, French and
 * Spanish; its status as it stands today (EXPIRED once its validity has passed); the
 * download address of its signed document when there is one.
 */
record AgreementResponse(UUID id, AgreementKind kind, String instrument, List<UUID> partners, String titleEn,
		@Nullable String titleFr, @Nullable String titleEs, AgreementStatus status, @Nullable LocalDate signedOn,
		@Nullable String signedPlace, @Nullable UUID signedAtMeeting, @Nullable LocalDate validFrom,
		@Nullable LocalDate validUntil, @Nullable String renewalTermsEn, @Nullable String renewalTermsFr,
		@Nullable String renewalTermsEs, @Nullable String document, Instant updatedAt, long version) {

	static AgreementResponse of(AgreementView agreement) {
		return new AgreementResponse(agreement.id(), agreement.kind(), agreement.instrument(), agreement.partners(),
				agreement.titleEn(), agreement.titleFr(), agreement.titleEs(), agreement.status(), agreement.signedOn(),
				agreement.signedPlace(), agreement.signedAtMeeting(), agreement.validFrom(), agreement.validUntil(),
				agreement.renewalTermsEn(), agreement.renewalTermsFr(), agreement.renewalTermsEs(),
				agreement.documentFile() == null ? null
						: "/api/v1/agreements/" + agreement.id() + "/files/" + agreement.documentFile(),
				agreement.updatedAt(), agreement.version());
	}

}
