package org.synergies.agreements.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.agreements.DeliverableDetails;
import org.synergies.agreements.DeliverableStatus;
import org.synergies.agreements.ProgressReport;
import org.synergies.agreements.ProgressReview;
import org.synergies.agreements.WorkPlanView;
import org.synergies.shared.RuleViolationException;

/**
 * A deliverable of a work plan and the history of progress reported on it. It guards its
 * review: one note awaits the Secretariat at a time, only a note awaiting review is
 * accepted or returned, and only accepted notes move its status. A completed deliverable
 * is at 100 %, one not started at 0 %.
 */
@Table("work_plan_deliverable")
public class Deliverable {

	@Id
	private final UUID id;

	private final UUID agreementId;

	private UUID goalId;

	private String titleEn;

	private @Nullable String titleFr;

	private @Nullable String titleEs;

	private @Nullable UUID responsibleOrganization;

	private @Nullable LocalDate startsOn;

	private LocalDate dueOn;

	@MappedCollection(idColumn = "deliverable_id")
	private Set<DeliverableTarget> targets;

	@MappedCollection(idColumn = "deliverable_id", keyColumn = "ordinal")
	private List<ProgressUpdate> progress;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Deliverable(UUID id, UUID agreementId, UUID goalId, String titleEn, @Nullable String titleFr,
			@Nullable String titleEs, @Nullable UUID responsibleOrganization, @Nullable LocalDate startsOn,
			LocalDate dueOn, Set<DeliverableTarget> targets, List<ProgressUpdate> progress, Instant createdAt,
			Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.agreementId = agreementId;
		this.goalId = goalId;
		this.titleEn = titleEn;
		this.titleFr = titleFr;
		this.titleEs = titleEs;
		this.responsibleOrganization = responsibleOrganization;
		this.startsOn = startsOn;
		this.dueOn = dueOn;
		this.targets = targets;
		this.progress = progress;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** A new deliverable, not started. The details were checked by the façade. */
	public static Deliverable plan(UUID agreement, DeliverableDetails details, Instant now) {
		Deliverable deliverable = new Deliverable(UUID.randomUUID(), agreement, required(details.goal()), "", null,
				null, null, null, required(details.dueOn()), new LinkedHashSet<>(), new ArrayList<>(), now, now, null);
		deliverable.describe(details, now);
		return deliverable;
	}

	public void describe(DeliverableDetails details, Instant now) {
		this.goalId = required(details.goal());
		this.titleEn = required(details.titleEn());
		this.titleFr = details.titleFr();
		this.titleEs = details.titleEs();
		this.responsibleOrganization = details.responsible();
		this.startsOn = details.startsOn();
		this.dueOn = required(details.dueOn());
		this.targets = new LinkedHashSet<>(details.targets().stream().map(DeliverableTarget::new).toList());
		this.updatedAt = now;
	}

	/**
	 * Adds a progress note (checked by the façade): accepted at once when the Secretariat
	 * writes it, awaiting review when a partner does. Refused while another awaits
	 * review.
	 */
	public void report(ProgressReport report, String by, boolean bySecretariat, Instant now) {
		if (awaitsReview()) {
			throw new RuleViolationException("work-plan.rule.awaiting-review");
		}
		DeliverableStatus status = required(report.status());
		Integer percent = report.percent();
		if (status == DeliverableStatus.COMPLETED && percent != null && percent != 100) {
			throw new RuleViolationException("work-plan.rule.completed-percent");
		}
		if (status == DeliverableStatus.NOT_STARTED && percent != null && percent != 0) {
			throw new RuleViolationException("work-plan.rule.not-started-percent");
		}
		if (status == DeliverableStatus.COMPLETED) {
			percent = 100;
		}
		else if (status == DeliverableStatus.NOT_STARTED) {
			percent = 0;
		}
		this.progress.add(new ProgressUpdate(status, percent, required(report.notedOn()), report.noteEn(),
				report.noteFr(), report.noteEs(), by, now,
				bySecretariat ? ProgressReview.ACCEPTED : ProgressReview.SUBMITTED, null, bySecretariat ? now : null));
		this.updatedAt = now;
	}

	/** The Secretariat accepts the note awaiting review, or returns it with a comment. */
	public void review(boolean accept, @Nullable String comment, Instant now) {
		if (!awaitsReview()) {
			throw new RuleViolationException("work-plan.rule.nothing-to-review");
		}
		int last = this.progress.size() - 1;
		this.progress.set(last, this.progress.get(last)
			.reviewed(accept ? ProgressReview.ACCEPTED : ProgressReview.RETURNED, comment, now));
		this.updatedAt = now;
	}

	public boolean awaitsReview() {
		return !this.progress.isEmpty()
				&& this.progress.get(this.progress.size() - 1).review() == ProgressReview.SUBMITTED;
	}

	/** Its status as the last accepted note says. */
	public DeliverableStatus status() {
		ProgressUpdate accepted = lastAccepted();
		return accepted == null ? DeliverableStatus.NOT_STARTED : accepted.status();
	}

	public boolean isLate(LocalDate today) {
		return this.dueOn.isBefore(today) && !status().isClosed();
	}

	/**
	 * @param showSubmission whether the reader may see a note not accepted
	 * @param mayReport whether the reader may report progress
	 */
	public WorkPlanView.Deliverable view(LocalDate today, boolean showSubmission, boolean mayReport) {
		ProgressUpdate accepted = lastAccepted();
		List<WorkPlanView.Note> notes = new ArrayList<>();
		for (int i = this.progress.size() - 1; i >= 0; i--) {
			if (this.progress.get(i).review() == ProgressReview.ACCEPTED) {
				notes.add(this.progress.get(i).view());
			}
		}
		ProgressUpdate newest = this.progress.isEmpty() ? null : this.progress.get(this.progress.size() - 1);
		WorkPlanView.Note submission = showSubmission && newest != null && newest.review() != ProgressReview.ACCEPTED
				? newest.view() : null;
		return new WorkPlanView.Deliverable(this.id, this.goalId, this.titleEn, this.titleFr, this.titleEs,
				this.responsibleOrganization, this.startsOn, this.dueOn,
				this.targets.stream().map(DeliverableTarget::targetNumber).sorted(Comparator.naturalOrder()).toList(),
				status(), accepted == null ? Integer.valueOf(0) : accepted.percent(), isLate(today), notes, submission,
				mayReport, version());
	}

	private @Nullable ProgressUpdate lastAccepted() {
		for (int i = this.progress.size() - 1; i >= 0; i--) {
			if (this.progress.get(i).review() == ProgressReview.ACCEPTED) {
				return this.progress.get(i);
			}
		}
		return null;
	}

	public UUID id() {
		return this.id;
	}

	public UUID agreementId() {
		return this.agreementId;
	}

	public UUID goalId() {
		return this.goalId;
	}

	public @Nullable UUID responsibleOrganization() {
		return this.responsibleOrganization;
	}

	public String titleEn() {
		return this.titleEn;
	}

	public long version() {
		return this.version == null ? 0 : this.version;
	}

	private static <T> T required(@Nullable T value) {
		if (value == null) {
			throw new IllegalArgumentException("checked by the façade");
		}
		return value;
	}

}
