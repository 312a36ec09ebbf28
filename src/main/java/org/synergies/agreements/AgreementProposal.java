package org.synergies.agreements;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the Secretariat proposes the Standing Committee decide about an agreement, as
 * typed in a form or sent to the API; checked by {@link AgreementActions}, nothing here
 * is trusted. An extension names the new last day; a revision what changes (a field left
 * empty stays as it is); a termination nothing more.
 *
 * @param explanation why, in the language it is written in (e.g. "until they can be
 * revised after COP13")
 */
public record AgreementProposal(@Nullable AgreementActionKind kind, @Nullable LocalDate validFrom,
		@Nullable LocalDate validUntil, @Nullable String titleEn, @Nullable String titleFr, @Nullable String titleEs,
		@Nullable String renewalTermsEn, @Nullable String renewalTermsFr, @Nullable String renewalTermsEs,
		@Nullable String explanation) {

	public AgreementProposal {
		titleEn = trimmed(titleEn);
		titleFr = trimmed(titleFr);
		titleEs = trimmed(titleEs);
		renewalTermsEn = trimmed(renewalTermsEn);
		renewalTermsFr = trimmed(renewalTermsFr);
		renewalTermsEs = trimmed(renewalTermsEs);
		explanation = trimmed(explanation);
	}

	public static AgreementProposal extension(LocalDate until, @Nullable String explanation) {
		return new AgreementProposal(AgreementActionKind.EXTENSION, null, until, null, null, null, null, null, null,
				explanation);
	}

	public static AgreementProposal termination(@Nullable String explanation) {
		return new AgreementProposal(AgreementActionKind.TERMINATION, null, null, null, null, null, null, null, null,
				explanation);
	}

	/** Whether a revision changes anything at all. */
	public boolean changesSomething() {
		return this.validFrom != null || this.validUntil != null || this.titleEn != null || this.titleFr != null
				|| this.titleEs != null || this.renewalTermsEn != null || this.renewalTermsFr != null
				|| this.renewalTermsEs != null;
	}

	private static @Nullable String trimmed(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
