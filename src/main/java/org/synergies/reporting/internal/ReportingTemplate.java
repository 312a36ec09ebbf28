package org.synergies.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.shared.AdoptableVersion;
import org.synergies.shared.VersionStatus;

/**
 * A version of the reporting template, adopted by the Standing Committee like any
 * {@link AdoptableVersion}. Its content is a JSON document.
 */
@Table("reporting_template")
class ReportingTemplate extends AdoptableVersion {

	@Id
	private final UUID id;

	private final int number;

	private String content;

	private final Instant createdAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	ReportingTemplate(UUID id, int number, VersionStatus status, String content, @Nullable UUID adoptedBy,
			@Nullable LocalDate adoptedOn, @Nullable Instant submittedAt, Instant createdAt, Instant updatedAt,
			@Nullable Long version) {
		super(status, adoptedBy, adoptedOn, submittedAt, updatedAt);
		this.id = id;
		this.number = number;
		this.content = content;
		this.createdAt = createdAt;
		this.version = version;
	}

	public static ReportingTemplate draft(int number, String content, Instant now) {
		return new ReportingTemplate(UUID.randomUUID(), number, VersionStatus.DRAFT, content, null, null, null, now,
				now, null);
	}

	public void write(String content, Instant now) {
		changing(now);
		this.content = content;
	}

	@Override
	protected String rules() {
		return "template";
	}

	@Override
	public UUID id() {
		return this.id;
	}

	@Override
	public int number() {
		return this.number;
	}

	public String content() {
		return this.content;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	@Override
	public long version() {
		return this.version == null ? 0 : this.version;
	}

}
