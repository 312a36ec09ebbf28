package org.synergies.agreements.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.agreements.AgreementDetails;
import org.synergies.agreements.AgreementKind;
import org.synergies.agreements.AgreementStatus;
import org.synergies.agreements.AgreementView;
import org.synergies.shared.RuleViolationException;

/**
 * An agreement between a secretariat of the CMS Family and partner organizations. It
 * guards its own life: signed once, while under negotiation; in force only once signed,
 * not before its signature; its validity ending after it starts and after its signature.
 * Expiry is not a move: {@link #status(LocalDate)} reads it from the date.
 */
@Table("agreement")
public class Agreement {

	@Id
	private final UUID id;

	private AgreementKind kind;

	private String instrument;

	@MappedCollection(idColumn = "agreement_id")
	private Set<AgreementPartner> partners;

	private String titleEn;

	private @Nullable String titleFr;

	private @Nullable String titleEs;

	private AgreementStatus status;

	private @Nullable LocalDate signedOn;

	private @Nullable String signedPlace;

	private @Nullable UUID signedAtMeeting;

	private @Nullable LocalDate validFrom;

	private @Nullable LocalDate validUntil;

	private @Nullable String renewalTermsEn;

	private @Nullable String renewalTermsFr;

	private @Nullable String renewalTermsEs;

	private @Nullable UUID documentFileId;

	private @Nullable String documentName;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Agreement(UUID id, AgreementKind kind, String instrument, Set<AgreementPartner> partners, String titleEn,
			@Nullable String titleFr, @Nullable String titleEs, AgreementStatus status, @Nullable LocalDate signedOn,
			@Nullable String signedPlace, @Nullable UUID signedAtMeeting, @Nullable LocalDate validFrom,
			@Nullable LocalDate validUntil, @Nullable String renewalTermsEn, @Nullable String renewalTermsFr,
			@Nullable String renewalTermsEs, @Nullable UUID documentFileId, @Nullable String documentName,
			Instant createdAt, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.kind = kind;
		this.instrument = instrument;
		this.partners = partners;
		this.titleEn = titleEn;
		this.titleFr = titleFr;
		this.titleEs = titleEs;
		this.status = status;
		this.signedOn = signedOn;
		this.signedPlace = signedPlace;
		this.signedAtMeeting = signedAtMeeting;
		this.validFrom = validFrom;
		this.validUntil = validUntil;
		this.renewalTermsEn = renewalTermsEn;
		this.renewalTermsFr = renewalTermsFr;
		this.renewalTermsEs = renewalTermsEs;
		this.documentFileId = documentFileId;
		this.documentName = documentName;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** A new agreement, under negotiation. The details were checked by the façade. */
	public static Agreement negotiate(AgreementDetails details, Instant now) {
		Agreement agreement = new Agreement(UUID.randomUUID(), AgreementKind.OTHER, "CMS", new LinkedHashSet<>(), "",
				null, null, AgreementStatus.UNDER_NEGOTIATION, null, null, null, null, null, null, null, null, null,
				null, now, now, null);
		agreement.describe(details, now);
		return agreement;
	}

	/** Replaces what describes it; refused when the validity would be out of order. */
	public void describe(AgreementDetails details, Instant now) {
		requireValidity(details.validFrom(), details.validUntil());
		if (this.signedOn != null && details.validUntil() != null && !details.validUntil().isAfter(this.signedOn)) {
			throw new RuleViolationException("agreement.rule.ends-before-signature");
		}
		this.kind = required(details.kind());
		this.instrument = required(details.instrument());
		this.partners = new LinkedHashSet<>(details.partners().stream().map(AgreementPartner::new).toList());
		this.titleEn = required(details.titleEn());
		this.titleFr = details.titleFr();
		this.titleEs = details.titleEs();
		this.validFrom = details.validFrom();
		this.validUntil = details.validUntil();
		this.renewalTermsEn = details.renewalTermsEn();
		this.renewalTermsFr = details.renewalTermsFr();
		this.renewalTermsEs = details.renewalTermsEs();
		this.updatedAt = now;
	}

	/**
	 * Signs it, once. The day, place and meeting are each optional (an agreement recorded
	 * long after its signature may not have them); a day given is not after today and
	 * before the validity ends.
	 */
	public void sign(@Nullable LocalDate on, @Nullable String place, @Nullable UUID meeting, LocalDate today,
			Instant now) {
		if (this.status != AgreementStatus.UNDER_NEGOTIATION) {
			throw new RuleViolationException("agreement.rule.already-signed");
		}
		if (on != null && on.isAfter(today)) {
			throw new RuleViolationException("agreement.rule.signed-in-future");
		}
		if (on != null && this.validUntil != null && !this.validUntil.isAfter(on)) {
			throw new RuleViolationException("agreement.rule.ends-before-signature");
		}
		this.status = AgreementStatus.SIGNED;
		this.signedOn = on;
		this.signedPlace = place;
		this.signedAtMeeting = meeting;
		this.updatedAt = now;
	}

	/**
	 * In force, once signed; from a day (when given) not before its signature and before
	 * its validity ends, which becomes the start of its validity.
	 */
	public void enterIntoForce(@Nullable LocalDate from, Instant now) {
		if (this.status == AgreementStatus.UNDER_NEGOTIATION) {
			throw new RuleViolationException("agreement.rule.not-signed");
		}
		if (this.status != AgreementStatus.SIGNED) {
			throw new RuleViolationException("agreement.rule.already-in-force");
		}
		if (from != null) {
			if (this.signedOn != null && from.isBefore(this.signedOn)) {
				throw new RuleViolationException("agreement.rule.in-force-before-signature");
			}
			requireValidity(from, this.validUntil);
			this.validFrom = from;
		}
		this.status = AgreementStatus.IN_FORCE;
		this.updatedAt = now;
	}

	/**
	 * Extends it until a later day, as a decision of the Standing Committee adopted (the
	 * only way to {@link AgreementStatus#EXTENDED}); an expired agreement may be
	 * extended.
	 */
	public void extend(LocalDate until, Instant now) {
		requireRunning();
		if (this.validUntil != null && !until.isAfter(this.validUntil)) {
			throw new RuleViolationException("agreement.rule.extension-not-later");
		}
		requireValidity(this.validFrom, until);
		this.validUntil = until;
		this.status = AgreementStatus.EXTENDED;
		this.updatedAt = now;
	}

	/** Terminates it, as a decision of the Standing Committee adopted. */
	public void terminate(Instant now) {
		requireRunning();
		this.status = AgreementStatus.TERMINATED;
		this.updatedAt = now;
	}

	/** The signed document (a later upload replaces it). */
	public void attachDocument(UUID file, String name, Instant now) {
		this.documentFileId = file;
		this.documentName = name;
		this.updatedAt = now;
	}

	/** The status as it stands on this day: past its validity, expired. */
	public AgreementStatus status(LocalDate today) {
		boolean running = this.status == AgreementStatus.SIGNED || this.status == AgreementStatus.IN_FORCE
				|| this.status == AgreementStatus.EXTENDED;
		return running && this.validUntil != null && this.validUntil.isBefore(today) ? AgreementStatus.EXPIRED
				: this.status;
	}

	public AgreementView view(LocalDate today) {
		return new AgreementView(this.id, this.kind, this.instrument,
				this.partners.stream().map(AgreementPartner::organizationId).sorted(Comparator.naturalOrder()).toList(),
				this.titleEn, this.titleFr, this.titleEs, status(today), this.signedOn, this.signedPlace,
				this.signedAtMeeting, this.validFrom, this.validUntil, this.renewalTermsEn, this.renewalTermsFr,
				this.renewalTermsEs, this.documentFileId, this.documentName, this.createdAt, this.updatedAt,
				this.version == null ? 0 : this.version);
	}

	public UUID id() {
		return this.id;
	}

	public long version() {
		return this.version == null ? 0 : this.version;
	}

	public boolean hasPartner(UUID organization) {
		return this.partners.contains(new AgreementPartner(organization));
	}

	private void requireRunning() {
		if (this.status == AgreementStatus.UNDER_NEGOTIATION || this.status == AgreementStatus.TERMINATED) {
			throw new RuleViolationException("agreement.rule.not-running");
		}
	}

	private static void requireValidity(@Nullable LocalDate from, @Nullable LocalDate until) {
		if (from != null && until != null && !until.isAfter(from)) {
			throw new RuleViolationException("agreement.rule.validity-order");
		}
	}

	private static <T> T required(@Nullable T value) {
		if (value == null) {
			throw new IllegalArgumentException("checked by the façade");
		}
		return value;
	}

}
