package org.synergies.organizations.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.synergies.accounts.OrganizationDirectory;

/**
 * Tells the accounts module which organizations a member can be scoped to.
 */
@Component
class RegistryDirectory implements OrganizationDirectory {

	private final JdbcClient jdbc;

	RegistryDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<OrganizationChoice> choices() {
		return this.jdbc
			.sql("SELECT id, official_name, acronym FROM organization WHERE status = 'ACTIVE' ORDER BY sort_key")
			.query((rs, row) -> new OrganizationChoice(rs.getObject("id", UUID.class),
					label(rs.getString("official_name"), rs.getString("acronym"))))
			.list();
	}

	@Override
	public Optional<OrganizationChoice> find(UUID id) {
		return this.jdbc.sql("SELECT id, official_name, acronym FROM organization WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new OrganizationChoice(rs.getObject("id", UUID.class),
					label(rs.getString("official_name"), rs.getString("acronym"))))
			.optional();
	}

	private static String label(String name, String acronym) {
		return acronym == null ? name : name + " (" + acronym + ")";
	}

}
