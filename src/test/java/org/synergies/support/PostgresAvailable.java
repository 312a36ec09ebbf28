package org.synergies.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * On the PostgreSQL pass, a database test runs only when a PostgreSQL server can be
 * reached or started. A developer without one sees the tests skipped with the reason;
 * under {@code CI=true} they fail instead, never skip.
 */
class PostgresAvailable implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!TestEnvironment.onPostgres()) {
			return ConditionEvaluationResult.enabled("running on H2");
		}
		String reason = TestPostgres.unavailableReason();
		if (reason == null) {
			return ConditionEvaluationResult.enabled("PostgreSQL: " + TestPostgres.origin());
		}
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true and no PostgreSQL for the database tests: " + reason);
		}
		return ConditionEvaluationResult.disabled("No PostgreSQL for the database tests: " + reason);
	}

}
