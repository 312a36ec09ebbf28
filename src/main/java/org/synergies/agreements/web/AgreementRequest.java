package org.synergies.agreements.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.agreements.AgreementDetails;
import org.synergies.agreements.AgreementKind;

/**
 * An agreement to record or to update: {@code version} (on update) is the one read, and a
 * request made on an older one is refused with 409.
 */
record AgreementRequest(@Nullable AgreementKind kind, @Nullable String instrument, @Nullable List<UUID> partners,
		@Nullable String titleEn, @Nullable String titleFr, @Nullable String titleEs, @Nullable LocalDate validFrom,
		@Nullable LocalDate validUntil, @Nullable String renewalTermsEn, @Nullable String renewalTermsFr,
		@Nullable String renewalTermsEs, @Nullable Long version) {

	AgreementDetails details() {
		return new AgreementDetails(this.kind, this.instrument, this.partners == null ? List.of() : this.partners,
				this.titleEn, this.titleFr, this.titleEs, this.validFrom, this.validUntil, this.renewalTermsEn,
				this.renewalTermsFr, this.renewalTermsEs);
	}

}
