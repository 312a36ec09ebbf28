package org.synergies.agreements.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.agreements.AgreementActionKind;
import org.synergies.agreements.AgreementActionView;
import org.synergies.agreements.AgreementProposal;
import org.synergies.shared.AdoptableVersion;
import org.synergies.shared.VersionStatus;

/**
 * A proposed extension, revision or termination of an agreement: a text the Standing
 * Committee adopts like any {@link AdoptableVersion} (written while a draft, frozen once
 * submitted, adopted by one of its decisions). Each stands alone: adopting one supersedes
 * nothing. What it proposes is checked against the agreement by the façade.
 */
@Table("agreement_action")
public class AgreementAction extends AdoptableVersion {

	public static final String RULES = "agreement-action";

	@Id
	private final UUID id;

	private final UUID agreementId;

	private final int number;

	private AgreementActionKind kind;

	private @Nullable LocalDate validFrom;

	private @Nullable LocalDate validUntil;

	private @Nullable String titleEn;

	private @Nullable String titleFr;

	private @Nullable String titleEs;

	private @Nullable String renewalTermsEn;

	private @Nullable String renewalTermsFr;

	private @Nullable String renewalTermsEs;

	private @Nullable String explanation;

	private final Instant createdAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	AgreementAction(UUID id, UUID agreementId, int number, AgreementActionKind kind, VersionStatus status,
			@Nullable LocalDate validFrom, @Nullable LocalDate validUntil, @Nullable String titleEn,
			@Nullable String titleFr, @Nullable String titleEs, @Nullable String renewalTermsEn,
			@Nullable String renewalTermsFr, @Nullable String renewalTermsEs, @Nullable String explanation,
			@Nullable UUID adoptedBy, @Nullable LocalDate adoptedOn, @Nullable Instant submittedAt, Instant createdAt,
			Instant updatedAt, @Nullable Long version) {
		super(status, adoptedBy, adoptedOn, submittedAt, updatedAt);
		this.id = id;
		this.agreementId = agreementId;
		this.number = number;
		this.kind = kind;
		this.validFrom = validFrom;
		this.validUntil = validUntil;
		this.titleEn = titleEn;
		this.titleFr = titleFr;
		this.titleEs = titleEs;
		this.renewalTermsEn = renewalTermsEn;
		this.renewalTermsFr = renewalTermsFr;
		this.renewalTermsEs = renewalTermsEs;
		this.explanation = explanation;
		this.createdAt = createdAt;
		this.version = version;
	}

	/** A new draft proposal, numbered after the agreement's latest. */
	public static AgreementAction draft(UUID agreement, int number, AgreementProposal proposal, Instant now) {
		AgreementAction action = new AgreementAction(UUID.randomUUID(), agreement, number, required(proposal),
				VersionStatus.DRAFT, null, null, null, null, null, null, null, null, null, null, null, null, now, now,
				null);
		action.write(proposal, now);
		return action;
	}

	/** Rewrites the draft (only a draft changes). */
	public void write(AgreementProposal proposal, Instant now) {
		changing(now);
		this.kind = required(proposal);
		boolean revision = this.kind == AgreementActionKind.REVISION;
		this.validFrom = revision ? proposal.validFrom() : null;
		this.validUntil = this.kind == AgreementActionKind.TERMINATION ? null : proposal.validUntil();
		this.titleEn = revision ? proposal.titleEn() : null;
		this.titleFr = revision ? proposal.titleFr() : null;
		this.titleEs = revision ? proposal.titleEs() : null;
		this.renewalTermsEn = revision ? proposal.renewalTermsEn() : null;
		this.renewalTermsFr = revision ? proposal.renewalTermsFr() : null;
		this.renewalTermsEs = revision ? proposal.renewalTermsEs() : null;
		this.explanation = proposal.explanation();
	}

	public UUID agreementId() {
		return this.agreementId;
	}

	@Override
	protected String rules() {
		return RULES;
	}

	@Override
	public UUID id() {
		return this.id;
	}

	@Override
	public int number() {
		return this.number;
	}

	@Override
	public long version() {
		return this.version == null ? 0 : this.version;
	}

	public AgreementProposal proposal() {
		return new AgreementProposal(this.kind, this.validFrom, this.validUntil, this.titleEn, this.titleFr,
				this.titleEs, this.renewalTermsEn, this.renewalTermsFr, this.renewalTermsEs, this.explanation);
	}

	public AgreementActionView view() {
		return new AgreementActionView(this.id, this.agreementId, this.number, proposal(), status(), adoptedBy(),
				adoptedOn(), submittedAt(), this.createdAt, updatedAt(), version());
	}

	private static AgreementActionKind required(AgreementProposal proposal) {
		if (proposal.kind() == null) {
			throw new IllegalArgumentException("checked by the façade");
		}
		return proposal.kind();
	}

}
