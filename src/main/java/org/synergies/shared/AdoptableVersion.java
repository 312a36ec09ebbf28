package org.synergies.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A version of a text the Standing Committee adopts, and the steps of its life: written
 * while a draft; frozen once submitted to the Committee (which may send it back); in
 * force once adopted by one of its decisions, until a later version supersedes it. A step
 * taken out of turn breaks the rule {@code <rules>.rule.<step>}, e.g.
 * {@code template.rule.adopt-only-submitted}.
 */
public abstract class AdoptableVersion {

	private VersionStatus status;

	private @Nullable UUID adoptedBy;

	private @Nullable LocalDate adoptedOn;

	private @Nullable Instant submittedAt;

	private Instant updatedAt;

	protected AdoptableVersion(VersionStatus status, @Nullable UUID adoptedBy, @Nullable LocalDate adoptedOn,
			@Nullable Instant submittedAt, Instant updatedAt) {
		this.status = status;
		this.adoptedBy = adoptedBy;
		this.adoptedOn = adoptedOn;
		this.submittedAt = submittedAt;
		this.updatedAt = updatedAt;
	}

	public abstract UUID id();

	/** The revision the version is at, checked against the one a writer saw. */
	public abstract long version();

	/** The version's number, named by the rule a change to a non-draft breaks. */
	public abstract int number();

	/**
	 * The prefix of the rules this text's steps break: {@code process}, {@code template}.
	 */
	protected abstract String rules();

	/** Before a draft changes: only drafts do. */
	protected void changing(Instant now) {
		if (this.status != VersionStatus.DRAFT) {
			throw new RuleViolationException(rules() + ".rule.only-drafts-change", number());
		}
		this.updatedAt = now;
	}

	/** Refuses a draft not complete enough to go to the Committee; nothing by default. */
	protected void checkComplete() {
	}

	/** Sends the draft to the Standing Committee. */
	public void submit(Instant now) {
		if (this.status != VersionStatus.DRAFT) {
			throw new RuleViolationException(rules() + ".rule.submit-only-drafts");
		}
		checkComplete();
		this.status = VersionStatus.SUBMITTED;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	/** The Standing Committee sends it back for more work. */
	public void returnToDraft(Instant now) {
		if (this.status != VersionStatus.SUBMITTED) {
			throw new RuleViolationException(rules() + ".rule.return-only-submitted");
		}
		this.status = VersionStatus.DRAFT;
		this.updatedAt = now;
	}

	public void adopt(UUID decision, LocalDate adoptedOn, Instant now) {
		if (this.status != VersionStatus.SUBMITTED) {
			throw new RuleViolationException(rules() + ".rule.adopt-only-submitted");
		}
		this.status = VersionStatus.ADOPTED;
		this.adoptedBy = decision;
		this.adoptedOn = adoptedOn;
		this.updatedAt = now;
	}

	public void supersede(Instant now) {
		if (this.status != VersionStatus.ADOPTED) {
			throw new RuleViolationException(rules() + ".rule.supersede-only-adopted");
		}
		this.status = VersionStatus.SUPERSEDED;
		this.updatedAt = now;
	}

	public VersionStatus status() {
		return this.status;
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

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
