package org.synergies.agreements;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The public list's filters; each one left empty matches every agreement. */
public record AgreementQuery(@Nullable AgreementKind kind, @Nullable String instrument, @Nullable UUID partner,
		@Nullable AgreementStatus status) {

	public static final AgreementQuery ALL = new AgreementQuery(null, null, null, null);

	public AgreementQuery {
		instrument = instrument == null || instrument.isBlank() ? null : instrument.strip();
	}

	boolean matches(AgreementView agreement) {
		return (this.kind == null || agreement.kind() == this.kind)
				&& (this.instrument == null || agreement.instrument().equals(this.instrument))
				&& (this.partner == null || agreement.partners().contains(this.partner))
				&& (this.status == null || agreement.status() == this.status);
	}

}
