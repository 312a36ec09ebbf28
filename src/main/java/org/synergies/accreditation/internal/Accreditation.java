package org.synergies.accreditation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.accreditation.AccreditationStatus;
import org.synergies.shared.RuleViolationException;

/**
 * An entry of the register of accredited NGO partners: granted by a Standing Committee
 * decision for the validity its process version sets; the Secretariat may suspend,
 * withdraw and reinstate it.
 */
@Table("accreditation")
public class Accreditation {

	@Id
	private final UUID id;

	private final UUID organizationId;

	private final UUID applicationId;

	private final UUID processId;

	private final int processNumber;

	private final UUID decisionId;

	private final LocalDate validFrom;

	private final LocalDate validUntil;

	private AccreditationStatus status;

	private @Nullable String statusReason;

	private @Nullable Instant expiryWarnedAt;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Accreditation(UUID id, UUID organizationId, UUID applicationId, UUID processId, int processNumber, UUID decisionId,
			LocalDate validFrom, LocalDate validUntil, AccreditationStatus status, @Nullable String statusReason,
			@Nullable Instant expiryWarnedAt, Instant createdAt, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.organizationId = organizationId;
		this.applicationId = applicationId;
		this.processId = processId;
		this.processNumber = processNumber;
		this.decisionId = decisionId;
		this.validFrom = validFrom;
		this.validUntil = validUntil;
		this.status = status;
		this.statusReason = statusReason;
		this.expiryWarnedAt = expiryWarnedAt;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	public static Accreditation grant(UUID organization, UUID application, UUID process, int processNumber,
			UUID decision, LocalDate from, int validityYears, Instant now) {
		return new Accreditation(UUID.randomUUID(), organization, application, process, processNumber, decision, from,
				from.plusYears(validityYears).minusDays(1), AccreditationStatus.ACTIVE, null, null, now, now, null);
	}

	public void suspend(String reason, Instant now) {
		if (this.status != AccreditationStatus.ACTIVE) {
			throw new RuleViolationException("accreditation.rule.suspend-only-active");
		}
		this.status = AccreditationStatus.SUSPENDED;
		this.statusReason = reason;
		this.updatedAt = now;
	}

	public void withdraw(String reason, Instant now) {
		if (this.status == AccreditationStatus.WITHDRAWN) {
			throw new RuleViolationException("accreditation.rule.already-withdrawn");
		}
		this.status = AccreditationStatus.WITHDRAWN;
		this.statusReason = reason;
		this.updatedAt = now;
	}

	public void reinstate(Instant now) {
		if (this.status == AccreditationStatus.ACTIVE) {
			throw new RuleViolationException("accreditation.rule.already-active");
		}
		this.status = AccreditationStatus.ACTIVE;
		this.statusReason = null;
		this.updatedAt = now;
	}

	public void warnedOfExpiry(Instant now) {
		this.expiryWarnedAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public UUID organizationId() {
		return this.organizationId;
	}

	public UUID applicationId() {
		return this.applicationId;
	}

	public UUID decisionId() {
		return this.decisionId;
	}

	public int processNumber() {
		return this.processNumber;
	}

	public LocalDate validFrom() {
		return this.validFrom;
	}

	public LocalDate validUntil() {
		return this.validUntil;
	}

	public AccreditationStatus status() {
		return this.status;
	}

	public @Nullable String statusReason() {
		return this.statusReason;
	}

	public @Nullable Instant expiryWarnedAt() {
		return this.expiryWarnedAt;
	}

	public long version() {
		return this.version == null ? 0 : this.version;
	}

}
