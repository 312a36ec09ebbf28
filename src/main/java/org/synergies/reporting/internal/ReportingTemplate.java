package org.synergies.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.reporting.TemplateStatus;
import org.synergies.shared.RuleViolationException;

/**
 * A version of the reporting template. Written while a draft; frozen once submitted to
 * the Standing Committee (which may send it back); in force once adopted by one of its
 * decisions, until a later version supersedes it. Its content is a JSON document.
 */
@Table("reporting_template")
public class ReportingTemplate {

	@Id
	private final UUID id;

	private final int number;

	private TemplateStatus status;

	private String content;

	private @Nullable UUID adoptedBy;

	private @Nullable LocalDate adoptedOn;

	private @Nullable Instant submittedAt;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	ReportingTemplate(UUID id, int number, TemplateStatus status, String content, @Nullable UUID adoptedBy,
			@Nullable LocalDate adoptedOn, @Nullable Instant submittedAt, Instant createdAt, Instant updatedAt,
			@Nullable Long version) {
		this.id = id;
		this.number = number;
		this.status = status;
		this.content = content;
		this.adoptedBy = adoptedBy;
		this.adoptedOn = adoptedOn;
		this.submittedAt = submittedAt;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	public static ReportingTemplate draft(int number, String content, Instant now) {
		return new ReportingTemplate(UUID.randomUUID(), number, TemplateStatus.DRAFT, content, null, null, null, now,
				now, null);
	}

	public void write(String content, Instant now) {
		if (this.status != TemplateStatus.DRAFT) {
			throw new RuleViolationException("template.rule.only-drafts-change", this.number);
		}
		this.content = content;
		this.updatedAt = now;
	}

	public void submit(Instant now) {
		if (this.status != TemplateStatus.DRAFT) {
			throw new RuleViolationException("template.rule.submit-only-drafts");
		}
		this.status = TemplateStatus.SUBMITTED;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	public void returnToDraft(Instant now) {
		if (this.status != TemplateStatus.SUBMITTED) {
			throw new RuleViolationException("template.rule.return-only-submitted");
		}
		this.status = TemplateStatus.DRAFT;
		this.updatedAt = now;
	}

	public void adopt(UUID decision, LocalDate adoptedOn, Instant now) {
		if (this.status != TemplateStatus.SUBMITTED) {
			throw new RuleViolationException("template.rule.adopt-only-submitted");
		}
		this.status = TemplateStatus.ADOPTED;
		this.adoptedBy = decision;
		this.adoptedOn = adoptedOn;
		this.updatedAt = now;
	}

	public void supersede(Instant now) {
		if (this.status != TemplateStatus.ADOPTED) {
			throw new RuleViolationException("template.rule.supersede-only-adopted");
		}
		this.status = TemplateStatus.SUPERSEDED;
		this.updatedAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public int number() {
		return this.number;
	}

	public TemplateStatus status() {
		return this.status;
	}

	public String content() {
		return this.content;
	}

	public @Nullable UUID adoptedBy() {
		return this.adoptedBy;
	}

	public @Nullable LocalDate adoptedOn() {
		return this.adoptedOn;
	}

	public @Nullable Instant submittedAt() {
		return this.submittedAt;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public long version() {
		return this.version == null ? 0 : this.version;
	}

}
