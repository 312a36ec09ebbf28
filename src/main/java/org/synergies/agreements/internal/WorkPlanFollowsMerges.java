package org.synergies.agreements.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.synergies.agreements.WorkPlans;
import org.synergies.audit.AuditTrail;
import org.synergies.organizations.OrganizationsMerged;

/**
 * When a responsible organization is merged into another, its deliverables become the
 * survivor's, in the merge's own transaction (as the agreements' partners do).
 */
@Component
class WorkPlanFollowsMerges {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	WorkPlanFollowsMerges(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@EventListener
	void on(OrganizationsMerged merged) {
		List<UUID> deliverables = this.jdbc
			.sql("SELECT id FROM work_plan_deliverable WHERE responsible_organization = :merged")
			.param("merged", merged.merged())
			.query(UUID.class)
			.list();
		for (UUID deliverable : deliverables) {
			this.jdbc.sql("""
					UPDATE work_plan_deliverable SET responsible_organization = :survivor, version = version + 1
					WHERE id = :deliverable""")
				.param("survivor", merged.survivor())
				.param("deliverable", deliverable)
				.update();
			this.audit.record(WorkPlans.DELIVERABLE, deliverable, "responsible-merged",
					Map.of("responsible", merged.merged()), Map.of("responsible", merged.survivor()));
		}
	}

}
