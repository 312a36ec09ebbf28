package org.synergies.agreements.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.synergies.agreements.AgreementActionKind;
import org.synergies.agreements.AgreementProposal;

/**
 * A proposed extension (validUntil: the new last day), revision (what changes; what is
 * left out stays) or termination of an agreement, with why.
 */
record AgreementActionRequest(@Nullable AgreementActionKind kind, @Nullable LocalDate validFrom,
		@Nullable LocalDate validUntil, @Nullable String titleEn, @Nullable String titleFr, @Nullable String titleEs,
		@Nullable String renewalTermsEn, @Nullable String renewalTermsFr, @Nullable String renewalTermsEs,
		@Nullable String explanation) {

	AgreementProposal proposal() {
		return new AgreementProposal(this.kind, this.validFrom, this.validUntil, this.titleEn, this.titleFr,
				this.titleEs, this.renewalTermsEn, this.renewalTermsFr, this.renewalTermsEs, this.explanation);
	}

}
