package org.synergies.system.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTests {

	@Test
	void recognisesAnUnreachableDatabaseHoweverItIsWrapped() {
		SQLTransientConnectionException poolTimedOut = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 1500ms");
		assertThat(DatabaseUnavailable.causedBy(poolTimedOut)).isTrue();
		assertThat(DatabaseUnavailable.causedBy(new CannotGetJdbcConnectionException("no", poolTimedOut))).isTrue();
		assertThat(DatabaseUnavailable.causedBy(new ServletException("Request processing failed",
				new CannotCreateTransactionException("Could not open JDBC Connection", poolTimedOut))))
			.isTrue();
		// PostgreSQL: refused, then terminated by a fast shutdown while committing
		assertThat(DatabaseUnavailable
			.causedBy(new SQLException("Connection refused", "08001", new ConnectException("Connection refused"))))
			.isTrue();
		assertThat(DatabaseUnavailable.causedBy(new TransactionSystemException("Could not commit",
				new SQLException("terminating connection due to administrator command", "57P01"))))
			.isTrue();
		// a query cut by the stopping server, then the rollback on the closed connection
		// fails and Spring throws that instead (the fault script saw these as 500s)
		TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollbackFailed.initApplicationException(new DataAccessResourceFailureException(
				"An I/O error occurred while sending to the backend", new SQLException("I/O error", "08006")));
		assertThat(DatabaseUnavailable.causedBy(rollbackFailed)).isTrue();
		// a commit cut, then the rollback on the evicted connection: Spring throws only
		// that
		assertThat(DatabaseUnavailable
			.causedBy(new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"))))
			.isTrue();
		TransactionSystemException rollbackAfterBug = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection reset by a bug", "XX000"));
		rollbackAfterBug.initApplicationException(new IllegalStateException("bug"));
		assertThat(DatabaseUnavailable.causedBy(rollbackAfterBug)).isFalse();
	}

	@Test
	void anyOtherFailureIsNotAnOutage() {
		assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug"))).isFalse();
		assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
		assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
	}

}
