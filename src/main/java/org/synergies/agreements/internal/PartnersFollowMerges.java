package org.synergies.agreements.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.synergies.agreements.Agreements;
import org.synergies.audit.AuditTrail;
import org.synergies.organizations.OrganizationsMerged;

/**
 * When a duplicate organization is merged into another, the agreements it was a party to
 * name the survivor instead, in the merge's own transaction (an agreement that named both
 * keeps the survivor once).
 */
@Component
class PartnersFollowMerges {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	PartnersFollowMerges(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@EventListener
	void on(OrganizationsMerged merged) {
		List<UUID> agreements = this.jdbc
			.sql("SELECT agreement_id FROM agreement_partner WHERE organization_id = :merged")
			.param("merged", merged.merged())
			.query(UUID.class)
			.list();
		for (UUID agreement : agreements) {
			boolean both = this.jdbc.sql("""
					SELECT COUNT(*) FROM agreement_partner
					WHERE agreement_id = :agreement AND organization_id = :survivor""")
				.param("agreement", agreement)
				.param("survivor", merged.survivor())
				.query(Long.class)
				.single() > 0;
			this.jdbc
				.sql(both
						? "DELETE FROM agreement_partner WHERE agreement_id = :agreement AND organization_id = :merged"
						: """
								UPDATE agreement_partner SET organization_id = :survivor
								WHERE agreement_id = :agreement AND organization_id = :merged""")
				.param("agreement", agreement)
				.param("merged", merged.merged())
				.params(both ? Map.of() : Map.of("survivor", merged.survivor()))
				.update();
			this.jdbc.sql("UPDATE agreement SET version = version + 1 WHERE id = :agreement")
				.param("agreement", agreement)
				.update();
			this.audit.record(Agreements.AUDITED_AS, agreement, "partner-merged", Map.of("partner", merged.merged()),
					Map.of("partner", merged.survivor()));
		}
	}

}
