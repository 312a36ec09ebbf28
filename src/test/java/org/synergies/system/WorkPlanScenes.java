package org.synergies.system;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.synergies.accounts.AccountDetails;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.agreements.AgreementDetails;
import org.synergies.agreements.AgreementKind;
import org.synergies.agreements.AgreementSignature;
import org.synergies.agreements.AgreementView;
import org.synergies.agreements.Agreements;
import org.synergies.agreements.DeliverableDetails;
import org.synergies.agreements.DeliverableStatus;
import org.synergies.agreements.ProgressReport;
import org.synergies.agreements.WorkPlanGoalDetails;
import org.synergies.agreements.WorkPlanProgress;
import org.synergies.agreements.WorkPlanView;
import org.synergies.agreements.WorkPlans;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestOrganizations;
import org.synergies.system.AuthorizationMatrixTests.Endpoint;
import org.synergies.system.MatrixScenes.Scene;

/**
 * What the authorization matrix sends an allowed caller of a work plan endpoint: an
 * agreement in force with the member's organization as partner, a goal and a deliverable
 * that organization is responsible for (with a partner's note awaiting review, to
 * review), and a valid form or body.
 */
// lazy: module tests scan this package without the modules the scenes need
@Lazy
@Component
class WorkPlanScenes {

	private final Agreements agreements;

	private final WorkPlans plans;

	private final WorkPlanProgress progress;

	private final TestAccounts accounts;

	private final Clock clock;

	private @Nullable AccountView officer;

	WorkPlanScenes(Agreements agreements, WorkPlans plans, WorkPlanProgress progress, TestAccounts accounts,
			Clock clock) {
		this.agreements = agreements;
		this.plans = plans;
		this.progress = progress;
		this.accounts = accounts;
		this.clock = clock;
	}

	Scene shape(Endpoint endpoint, Scene scene) {
		if (endpoint.pattern().contains("/work-plans/late")) {
			return scene;
		}
		UUID organization = UUID.fromString(scene.params.get("organization"));
		LocalDate today = LocalDate.now(this.clock);
		AgreementView agreement = asOfficer(() -> {
			AgreementView created = this.agreements.negotiate(new AgreementDetails(AgreementKind.JOINT_WORK_PLAN, "CMS",
					List.of(organization), "Matrix work plan " + TestOrganizations.unique(), null, null,
					today.minusYears(1), today.plusYears(1), null, null, null));
			this.agreements.sign(created.id(), new AgreementSignature(null, "Bonn", null));
			return this.agreements.enterIntoForce(created.id(), null);
		});
		WorkPlanView.Goal goal = asOfficer(
				() -> this.plans.addGoal(agreement.id(), new WorkPlanGoalDetails("Matrix goal", null, null)));
		WorkPlanView.Deliverable deliverable = asOfficer(
				() -> this.plans.addDeliverable(agreement.id(), new DeliverableDetails(goal.id(), "Matrix deliverable",
						null, null, organization, null, today.plusDays(30), List.of(9))));
		long version = deliverable.version();
		if (endpoint.pattern().endsWith("/review")) {
			AccountView member = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("matrix"),
					"Matrix Member", Language.EN, Set.of(Role.ORGANIZATION_MEMBER), Set.of(organization), null));
			version = TestAccounts
				.runAs(member,
						() -> this.progress.report(agreement.id(), deliverable.id(), deliverable.version(),
								new ProgressReport(DeliverableStatus.IN_PROGRESS, 10, today, "Started.", null, null)))
				.version();
		}
		scene.with("id", agreement.id()).with("goal", goal.id()).with("deliverable", deliverable.id());
		scene.param("titleEn", "Matrix title")
			.param("goal", goal.id())
			.param("responsible", organization)
			.param("dueOn", today.plusDays(20))
			.param("targets", 9)
			.param("status", "IN_PROGRESS")
			.param("percent", 20)
			.param("notedOn", today)
			.param("noteEn", "Matrix note.")
			.param("outcome", "ACCEPT")
			.param("format", "html")
			.param("language", "en")
			.param("version", endpoint.pattern().contains("/goals/") ? goal.version() : version);
		scene.json("""
				{"titleEn": "Matrix title", "goal": "%s", "responsible": "%s", "dueOn": "%s", "targets": [9],
				 "status": "IN_PROGRESS", "percent": 20, "notedOn": "%s", "noteEn": "Matrix note.",
				 "outcome": "ACCEPT", "version": %d}""", goal.id(), organization, today.plusDays(20), today,
				endpoint.pattern().contains("/goals/") ? goal.version() : version);
		return scene;
	}

	private <T> T asOfficer(Supplier<T> action) {
		if (this.officer == null) {
			this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		}
		return TestAccounts.runAs(this.officer, action);
	}

}
