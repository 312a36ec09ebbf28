package org.synergies.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What describes an agreement, as typed in a form or sent to the API; checked by
 * {@link Agreements#check}, nothing here is trusted.
 *
 * @param instrument code of the CMS Family instrument whose secretariat is a party (CMS,
 * AEWA…)
 * @param partners ids of the partner organizations in the registry
 * @param validUntil the last day of validity; none when open-ended
 */
public record AgreementDetails(@Nullable AgreementKind kind, @Nullable String instrument, List<UUID> partners,
		@Nullable String titleEn, @Nullable String titleFr, @Nullable String titleEs, @Nullable LocalDate validFrom,
		@Nullable LocalDate validUntil, @Nullable String renewalTermsEn, @Nullable String renewalTermsFr,
		@Nullable String renewalTermsEs) {

	public AgreementDetails {
		// a JSON body may send [null]: no partner, not a server error
		partners = partners.stream().filter(Objects::nonNull).distinct().toList();
		instrument = trimmed(instrument);
		titleEn = trimmed(titleEn);
		titleFr = trimmed(titleFr);
		titleEs = trimmed(titleEs);
		renewalTermsEn = trimmed(renewalTermsEn);
		renewalTermsFr = trimmed(renewalTermsFr);
		renewalTermsEs = trimmed(renewalTermsEs);
	}

	private static @Nullable String trimmed(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
