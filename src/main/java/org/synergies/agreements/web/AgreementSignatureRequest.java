package org.synergies.agreements.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.agreements.AgreementSignature;

/** When and where an agreement was signed, each part optional: a place or a meeting. */
record AgreementSignatureRequest(@Nullable LocalDate signedOn, @Nullable String place, @Nullable UUID meeting) {

	AgreementSignature signature() {
		return new AgreementSignature(this.signedOn, this.place, this.meeting);
	}

}
