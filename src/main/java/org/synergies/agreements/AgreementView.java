package org.synergies.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * An agreement as read, its status as it stands today (an agreement whose validity has
 * passed reads {@link AgreementStatus#EXPIRED}).
 *
 * @param instrument code of the instrument whose secretariat is a party
 * @param partners ids of the partner organizations
 * @param signedAtMeeting the meeting at which it was signed, if it was
 * @param documentFile the signed document, when uploaded
 */
public record AgreementView(UUID id, AgreementKind kind, String instrument, List<UUID> partners, String titleEn,
		@Nullable String titleFr, @Nullable String titleEs, AgreementStatus status, @Nullable LocalDate signedOn,
		@Nullable String signedPlace, @Nullable UUID signedAtMeeting, @Nullable LocalDate validFrom,
		@Nullable LocalDate validUntil, @Nullable String renewalTermsEn, @Nullable String renewalTermsFr,
		@Nullable String renewalTermsEs, @Nullable UUID documentFile, @Nullable String documentName, Instant createdAt,
		Instant updatedAt, long version) {

	public AgreementView {
		partners = List.copyOf(partners);
	}

	/** The title in the reader's language, else in English. */
	public String title(Locale locale) {
		String title = Language.of(locale).pick(this.titleEn, this.titleFr, this.titleEs);
		return title != null ? title : this.titleEn;
	}

	/** The renewal terms in the reader's language, else in English; none when unset. */
	public @Nullable String renewalTerms(Locale locale) {
		String terms = Language.of(locale).pick(this.renewalTermsEn, this.renewalTermsFr, this.renewalTermsEs);
		return terms != null ? terms : this.renewalTermsEn;
	}

	public boolean isPublic() {
		return this.status.isPublic();
	}

	/** Whether it can be signed now: only once, while under negotiation. */
	public boolean canBeSigned() {
		return this.status == AgreementStatus.UNDER_NEGOTIATION;
	}

	public boolean canEnterIntoForce() {
		return this.status == AgreementStatus.SIGNED;
	}

}
