package org.synergies.agreements.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.synergies.agreements.AgreementDetails;
import org.synergies.agreements.AgreementKind;
import org.synergies.agreements.AgreementView;

/** The Secretariat's form for an agreement; {@code version} is the one it was read at. */
record AgreementForm(@Nullable AgreementKind kind, @Nullable String instrument, @Nullable List<UUID> partners,
		@Nullable String titleEn, @Nullable String titleFr, @Nullable String titleEs,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validUntil, @Nullable String renewalTermsEn,
		@Nullable String renewalTermsFr, @Nullable String renewalTermsEs, @Nullable Long version) {

	static AgreementForm empty() {
		return new AgreementForm(null, "CMS", List.of(), null, null, null, null, null, null, null, null, null);
	}

	static AgreementForm of(AgreementView agreement) {
		return new AgreementForm(agreement.kind(), agreement.instrument(), agreement.partners(), agreement.titleEn(),
				agreement.titleFr(), agreement.titleEs(), agreement.validFrom(), agreement.validUntil(),
				agreement.renewalTermsEn(), agreement.renewalTermsFr(), agreement.renewalTermsEs(),
				agreement.version());
	}

	AgreementDetails details() {
		return new AgreementDetails(this.kind, this.instrument, this.partners == null ? List.of() : this.partners,
				this.titleEn, this.titleFr, this.titleEs, this.validFrom, this.validUntil, this.renewalTermsEn,
				this.renewalTermsFr, this.renewalTermsEs);
	}

	public boolean selected(UUID partner) {
		return this.partners != null && this.partners.contains(partner);
	}

}
