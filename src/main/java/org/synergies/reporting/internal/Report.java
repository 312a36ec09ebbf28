package org.synergies.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.reporting.ReportAnswers;
import org.synergies.reporting.ReportStatus;
import org.synergies.reporting.ReportView;
import org.synergies.reporting.Visibility;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.RuleViolationException;

/**
 * One organization's report for one cycle. The NGO writes it (its answers are a JSON
 * document, saved as typed, so that nothing typed is lost) and submits it; the
 * Secretariat returns it with comments or accepts it, and decides who may read it. It
 * guards its own rules: the deadline (with the organization's extension), completeness
 * against its format, its own files.
 */
@Table("report")
class Report {

	@Id
	private final UUID id;

	private final UUID cycleId;

	private UUID organizationId;

	private final UUID templateId;

	private ReportStatus status;

	private String answers;

	private Visibility visibility;

	private final @Nullable UUID startedFrom;

	@MappedCollection(idColumn = "report_id", keyColumn = "position")
	private List<CommentRow> comments;

	@MappedCollection(idColumn = "report_id", keyColumn = "position")
	private List<ContributorRow> contributors;

	private @Nullable Instant submittedAt;

	private @Nullable Instant acceptedAt;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@Table("report_comment")
	record CommentRow(String text, String author, Instant writtenAt) {
	}

	@Table("report_contributor")
	record ContributorRow(UUID accountId, String email, String askedBy, Instant askedAt) {
	}

	@PersistenceCreator
	Report(UUID id, UUID cycleId, UUID organizationId, UUID templateId, ReportStatus status, String answers,
			Visibility visibility, @Nullable UUID startedFrom, List<CommentRow> comments,
			List<ContributorRow> contributors, @Nullable Instant submittedAt, @Nullable Instant acceptedAt,
			Instant createdAt, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.cycleId = cycleId;
		this.organizationId = organizationId;
		this.templateId = templateId;
		this.status = status;
		this.answers = answers;
		this.visibility = visibility;
		this.startedFrom = startedFrom;
		this.comments = comments;
		this.contributors = contributors;
		this.submittedAt = submittedAt;
		this.acceptedAt = acceptedAt;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	public static Report start(UUID cycle, UUID organization, UUID template, String answers, @Nullable UUID startedFrom,
			Instant now) {
		return new Report(UUID.randomUUID(), cycle, organization, template, ReportStatus.DRAFT, answers,
				Visibility.INTERNAL, startedFrom, new ArrayList<>(), new ArrayList<>(), null, null, now, now, null);
	}

	/**
	 * Whether the action may be taken now: the organization saves and submits while its
	 * report is a draft or returned and the deadline (or its extension) has not passed;
	 * the Secretariat returns or accepts a submitted report and publishes an accepted
	 * one.
	 */
	public boolean allows(ReportAction action, ReportingDeadline deadline) {
		return switch (action) {
			case SAVE, SUBMIT -> this.status.isEditable() && deadline.isOpen();
			case RETURN, ACCEPT -> this.status == ReportStatus.SUBMITTED;
			case PUBLISH -> this.status == ReportStatus.ACCEPTED;
		};
	}

	/** Refuses the action, with the rule it breaks, unless {@link #allows} it. */
	public void require(ReportAction action, ReportingDeadline deadline) {
		if (allows(action, deadline)) {
			return;
		}
		switch (action) {
			case SAVE, SUBMIT -> {
				deadline.requireOpen();
				throw new RuleViolationException("report.rule.not-editable");
			}
			case RETURN -> throw new RuleViolationException("report.rule.return-only-submitted");
			case ACCEPT -> throw new RuleViolationException("report.rule.accept-only-submitted");
			case PUBLISH -> throw new RuleViolationException("report.rule.publish-only-accepted");
		}
	}

	/**
	 * Saves the answers as typed, even where they are not valid yet; refused when a file
	 * answer names a file that is not the report's own.
	 */
	public void write(String answers, ReportFormat format, ReportingDeadline deadline, Instant now) {
		require(ReportAction.SAVE, deadline);
		List<FieldProblem> foreign = format.foreignFiles(answers);
		if (!foreign.isEmpty()) {
			throw new InvalidInputException(foreign);
		}
		this.answers = answers;
		this.updatedAt = now;
	}

	/** Hands the report in: every required field filled, every value valid. */
	public void submit(ReportFormat format, ReportingDeadline deadline, Instant now) {
		require(ReportAction.SUBMIT, deadline);
		List<FieldProblem> problems = format.incompleteness(this.answers);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.status = ReportStatus.SUBMITTED;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	/**
	 * Returns a submitted report with comments. After the deadline the organization needs
	 * time to answer them: an {@code answerBy} later than its deadline, which the cycle
	 * grants as its extension.
	 */
	public void returnWith(String comment, String author, @Nullable LocalDate answerBy, ReportingDeadline deadline,
			Instant now) {
		if (comment.isBlank()) {
			throw new InvalidInputException(List.of(new FieldProblem("comment", "validation.required")));
		}
		require(ReportAction.RETURN, deadline);
		if (deadline.isPast() && !deadline.isExtendedBy(answerBy)) {
			throw new InvalidInputException(List.of(new FieldProblem("answerBy", "report.rule.answer-by-needed")));
		}
		this.comments.add(new CommentRow(comment.strip(), author, now));
		this.status = ReportStatus.RETURNED;
		this.updatedAt = now;
	}

	public void accept(Visibility visibility, ReportingDeadline deadline, Instant now) {
		require(ReportAction.ACCEPT, deadline);
		this.status = ReportStatus.ACCEPTED;
		this.visibility = visibility;
		this.acceptedAt = now;
		this.updatedAt = now;
	}

	public void show(Visibility visibility, ReportingDeadline deadline, Instant now) {
		require(ReportAction.PUBLISH, deadline);
		this.visibility = visibility;
		this.updatedAt = now;
	}

	public void addContributor(UUID account, String email, String askedBy, Instant now) {
		// a colleague joins while the report may be changed, deadline or not: they were
		// asked before it passed
		if (!this.status.isEditable()) {
			throw new RuleViolationException("report.rule.not-editable");
		}
		if (this.contributors.stream().noneMatch(row -> row.accountId().equals(account))) {
			this.contributors.add(new ContributorRow(account, email, askedBy, now));
		}
		this.updatedAt = now;
	}

	/** The organization was merged into another: the report follows it. */
	public void moveTo(UUID organization, Instant now) {
		this.organizationId = organization;
		this.updatedAt = now;
	}

	public ReportView view(ReportAnswers parsedAnswers) {
		return new ReportView(this.id, this.cycleId, this.organizationId, this.templateId, this.status, parsedAnswers,
				this.visibility, this.startedFrom,
				this.comments.stream()
					.map(row -> new ReportView.Comment(row.text(), row.author(), row.writtenAt()))
					.toList(),
				this.contributors.stream()
					.map(row -> new ReportView.Contributor(row.accountId(), row.email(), row.askedBy(), row.askedAt()))
					.toList(),
				this.submittedAt, this.acceptedAt, this.createdAt, this.updatedAt, version());
	}

	public UUID id() {
		return this.id;
	}

	public UUID cycleId() {
		return this.cycleId;
	}

	public UUID organizationId() {
		return this.organizationId;
	}

	public UUID templateId() {
		return this.templateId;
	}

	public ReportStatus status() {
		return this.status;
	}

	public String answers() {
		return this.answers;
	}

	public Visibility visibility() {
		return this.visibility;
	}

	public long version() {
		return this.version == null ? 0 : this.version;
	}

}
