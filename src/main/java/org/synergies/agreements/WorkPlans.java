package org.synergies.agreements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.agreements.internal.Deliverable;
import org.synergies.agreements.internal.Deliverables;
import org.synergies.agreements.internal.WorkPlanChecks;
import org.synergies.agreements.internal.WorkPlanGoal;
import org.synergies.agreements.internal.WorkPlanGoals;
import org.synergies.agreements.internal.WorkPlanReaders;
import org.synergies.audit.AuditTrail;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;

/**
 * Agreements' work plans: read by whoever may read the agreement (accepted progress only,
 * but for the Secretariat and the responsible partner), planned by the Secretariat:
 * goals, and deliverables due within the agreement's validity. Every change is audited;
 * an edit made on a version that changed since is refused. Progress is reported and
 * reviewed through {@link WorkPlanProgress}.
 */
@Service
public class WorkPlans {

	public static final String GOAL = "work-plan-goal";

	public static final String DELIVERABLE = "work-plan-deliverable";

	private final Agreements agreements;

	private final WorkPlanGoals goals;

	private final Deliverables deliverables;

	private final WorkPlanChecks checks;

	private final WorkPlanReaders readers;

	private final AuditTrail audit;

	private final Clock clock;

	WorkPlans(Agreements agreements, WorkPlanGoals goals, Deliverables deliverables, WorkPlanChecks checks,
			WorkPlanReaders readers, AuditTrail audit, Clock clock) {
		this.agreements = agreements;
		this.goals = goals;
		this.deliverables = deliverables;
		this.checks = checks;
		this.readers = readers;
		this.audit = audit;
		this.clock = clock;
	}

	/** The agreement's work plan; not found when the reader may not see the agreement. */
	@Transactional(readOnly = true)
	public WorkPlanView plan(UUID agreement) {
		this.agreements.require(agreement);
		LocalDate today = today();
		Map<UUID, List<WorkPlanView.Deliverable>> byGoal = this.deliverables.findByAgreementIdOrderByDueOn(agreement)
			.stream()
			.map(deliverable -> view(deliverable, today))
			.collect(Collectors.groupingBy(WorkPlanView.Deliverable::goal));
		return new WorkPlanView(agreement,
				this.goals.findByAgreementIdOrderByOrdinal(agreement)
					.stream()
					.map(goal -> goal.view(byGoal.getOrDefault(goal.id(), List.of())))
					.toList());
	}

	/**
	 * Every late deliverable of the agreements the reader may see, the longest overdue
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<LateDeliverable> late() {
		LocalDate today = today();
		Map<UUID, AgreementView> visible = this.agreements.list(AgreementQuery.ALL)
			.stream()
			.collect(Collectors.toMap(AgreementView::id, Function.identity()));
		List<LateDeliverable> late = new ArrayList<>();
		for (Deliverable deliverable : this.deliverables.findAllByOrderByDueOn()) {
			AgreementView agreement = visible.get(deliverable.agreementId());
			if (agreement != null && deliverable.isLate(today)) {
				late.add(new LateDeliverable(agreement, view(deliverable, today)));
			}
		}
		late.sort(Comparator.comparing(line -> line.deliverable().dueOn()));
		return late;
	}

	@Transactional
	public WorkPlanView.Goal addGoal(UUID agreement, WorkPlanGoalDetails details) {
		this.agreements.require(agreement);
		requireNone(this.checks.check(details));
		int ordinal = this.goals.findByAgreementIdOrderByOrdinal(agreement).size() + 1;
		WorkPlanGoal goal = this.goals.save(WorkPlanGoal.add(agreement, ordinal, details, now()));
		WorkPlanView.Goal after = goal.view(List.of());
		this.audit.record(GOAL, goal.id(), "created", null, after);
		return after;
	}

	@Transactional
	public WorkPlanView.Goal reviseGoal(UUID agreement, UUID id, long version, WorkPlanGoalDetails details) {
		WorkPlanGoal goal = this.goals.findById(id)
			.filter(found -> found.agreementId().equals(agreement))
			.orElseThrow(() -> new NotFoundException(GOAL, id));
		this.agreements.require(agreement);
		requireVersion(goal.version(), version, id);
		requireNone(this.checks.check(details));
		WorkPlanView.Goal before = goal.view(List.of());
		goal.describe(details, now());
		WorkPlanView.Goal after = this.goals.save(goal).view(List.of());
		this.audit.record(GOAL, id, "updated", before, after);
		return after;
	}

	@Transactional
	public WorkPlanView.Deliverable addDeliverable(UUID agreement, DeliverableDetails details) {
		AgreementView found = this.agreements.require(agreement);
		requireNone(this.checks.check(details, found, isGoalOf(agreement, details.goal())));
		Deliverable deliverable = this.deliverables.save(Deliverable.plan(agreement, details, now()));
		WorkPlanView.Deliverable after = view(deliverable, today());
		this.audit.record(DELIVERABLE, deliverable.id(), "created", null, after);
		return after;
	}

	@Transactional
	public WorkPlanView.Deliverable reviseDeliverable(UUID agreement, UUID id, long version,
			DeliverableDetails details) {
		AgreementView found = this.agreements.require(agreement);
		Deliverable deliverable = load(agreement, id, this.deliverables);
		requireVersion(deliverable.version(), version, id);
		requireNone(this.checks.check(details, found, isGoalOf(agreement, details.goal())));
		WorkPlanView.Deliverable before = view(deliverable, today());
		deliverable.describe(details, now());
		WorkPlanView.Deliverable after = view(this.deliverables.save(deliverable), today());
		this.audit.record(DELIVERABLE, id, "updated", before, after);
		return after;
	}

	private boolean isGoalOf(UUID agreement, @Nullable UUID goal) {
		return goal != null
				&& this.goals.findById(goal).filter(found -> found.agreementId().equals(agreement)).isPresent();
	}

	WorkPlanView.Deliverable view(Deliverable deliverable, LocalDate today) {
		boolean mayReport = this.readers.mayReport(deliverable.responsibleOrganization());
		return deliverable.view(today, mayReport, mayReport);
	}

	/**
	 * The deliverable of this agreement; not found otherwise (another agreement's
	 * included).
	 */
	static Deliverable load(UUID agreement, UUID id, Deliverables deliverables) {
		return deliverables.findById(id)
			.filter(found -> found.agreementId().equals(agreement))
			.orElseThrow(() -> new NotFoundException(DELIVERABLE, id));
	}

	static void requireVersion(long actual, long expected, UUID id) {
		if (actual != expected) {
			throw new OptimisticLockingFailureException("work plan record " + id + " is at " + actual);
		}
	}

	static void requireNone(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
