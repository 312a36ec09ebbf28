package org.synergies.accreditation.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.synergies.audit.AuditTrail;
import org.synergies.organizations.OrganizationsMerged;
import org.synergies.shared.RuleViolationException;

/**
 * When a duplicate organization is merged into another, its applications and
 * accreditations become the survivor's, in the merge's own transaction. A merge that
 * would leave the survivor with two applications in progress under one process version is
 * refused, naming the rule: the Secretariat closes one first.
 */
@Component
class MergedOrganizations {

	private static final String IN_PROGRESS = "status NOT IN ('CLOSED', 'REJECTED', 'ACCREDITED')";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	MergedOrganizations(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@EventListener
	void on(OrganizationsMerged merged) {
		Integer clashes = this.jdbc.sql("""
				SELECT COUNT(*) FROM accreditation_application mine
				JOIN accreditation_application theirs ON theirs.process_id = mine.process_id
				WHERE mine.organization_id = :merged AND theirs.organization_id = :survivor
				AND mine.%s AND theirs.%s""".formatted(IN_PROGRESS, IN_PROGRESS))
			.param("merged", merged.merged())
			.param("survivor", merged.survivor())
			.query(Integer.class)
			.single();
		if (clashes > 0) {
			throw new RuleViolationException("accreditation.rule.merge-two-applications");
		}
		move("accreditation_application", AccreditationSteps.APPLICATION, merged);
		move("accreditation", AccreditationSteps.ACCREDITATION, merged);
	}

	private void move(String table, String entityType, OrganizationsMerged merged) {
		List<UUID> moved = this.jdbc.sql("SELECT id FROM " + table + " WHERE organization_id = :merged")
			.param("merged", merged.merged())
			.query(UUID.class)
			.list();
		this.jdbc
			.sql("UPDATE " + table + " SET organization_id = :survivor, version = version + 1"
					+ " WHERE organization_id = :merged")
			.param("survivor", merged.survivor())
			.param("merged", merged.merged())
			.update();
		for (UUID id : moved) {
			this.audit.record(entityType, id, "organization-merged", Map.of("organization", merged.merged()),
					Map.of("organization", merged.survivor()));
		}
	}

}
