package org.synergies.agreements.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.agreements.WorkPlanGoalDetails;
import org.synergies.agreements.WorkPlanView;

/** A goal of an agreement's work plan (its deliverables refer to it by id). */
@Table("work_plan_goal")
public class WorkPlanGoal {

	@Id
	private final UUID id;

	private final UUID agreementId;

	private final int ordinal;

	private String titleEn;

	private @Nullable String titleFr;

	private @Nullable String titleEs;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	WorkPlanGoal(UUID id, UUID agreementId, int ordinal, String titleEn, @Nullable String titleFr,
			@Nullable String titleEs, Instant createdAt, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.agreementId = agreementId;
		this.ordinal = ordinal;
		this.titleEn = titleEn;
		this.titleFr = titleFr;
		this.titleEs = titleEs;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/**
	 * A new goal, after the {@code ordinal - 1} the plan has. Details checked by the
	 * façade.
	 */
	public static WorkPlanGoal add(UUID agreement, int ordinal, WorkPlanGoalDetails details, Instant now) {
		WorkPlanGoal goal = new WorkPlanGoal(UUID.randomUUID(), agreement, ordinal, "", null, null, now, now, null);
		goal.describe(details, now);
		return goal;
	}

	public void describe(WorkPlanGoalDetails details, Instant now) {
		if (details.titleEn() == null) {
			throw new IllegalArgumentException("checked by the façade");
		}
		this.titleEn = details.titleEn();
		this.titleFr = details.titleFr();
		this.titleEs = details.titleEs();
		this.updatedAt = now;
	}

	public WorkPlanView.Goal view(List<WorkPlanView.Deliverable> deliverables) {
		List<Integer> known = deliverables.stream()
			.filter(deliverable -> deliverable.status() != org.synergies.agreements.DeliverableStatus.CANCELLED)
			.map(WorkPlanView.Deliverable::percent)
			.filter(percent -> percent != null)
			.map(percent -> (int) percent)
			.toList();
		Integer progress = known.isEmpty() ? null
				: (int) Math.round(known.stream().mapToInt(Integer::intValue).average().orElse(0));
		return new WorkPlanView.Goal(this.id, this.ordinal, this.titleEn, this.titleFr, this.titleEs, deliverables,
				progress, version());
	}

	public UUID id() {
		return this.id;
	}

	public UUID agreementId() {
		return this.agreementId;
	}

	public int ordinal() {
		return this.ordinal;
	}

	public long version() {
		return this.version == null ? 0 : this.version;
	}

}
