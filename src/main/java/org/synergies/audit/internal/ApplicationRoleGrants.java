package org.synergies.audit.internal;

import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Names the application's database role to Flyway ({@code ${application_role}}) when the
 * migrations run as another role ({@code spring.flyway.user}): the PostgreSQL callback
 * {@code db/postgresql/audit/afterMigrate__grant_application_role.sql} then grants that
 * role what it needs on every table, and only INSERT and SELECT on {@code audit_event}.
 * With a single role (no {@code spring.flyway.user}, or the same user) the placeholder is
 * empty and nothing is granted or revoked.
 */
@Component
class ApplicationRoleGrants implements FlywayConfigurationCustomizer {

	static final String PLACEHOLDER = "application_role";

	private final Environment environment;

	ApplicationRoleGrants(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void customize(FluentConfiguration configuration) {
		Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
		placeholders.put(PLACEHOLDER, applicationRole());
		configuration.placeholders(placeholders);
	}

	String applicationRole() {
		String owner = this.environment.getProperty("spring.flyway.user", "");
		String application = this.environment.getProperty("spring.datasource.username", "");
		if (owner.isBlank() || owner.equals(application)) {
			return "";
		}
		// a quoted SQL literal in the callback
		return application.replace("'", "''");
	}

}
