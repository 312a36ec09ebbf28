package org.synergies.system.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure to reach the database (stopped, restarting, unreachable, out of
 * connections) from any other error, wherever it surfaces: wrapped by Spring's data
 * access or transaction layers, by a servlet filter, or raw from the driver or the pool.
 * Such a failure is answered 503 with {@link #RETRY_AFTER}, not 500: nothing was written
 * (the transaction rolled back) and the same request will work once the database is back.
 */
public final class DatabaseUnavailable {

	/** What callers are told to wait before trying again. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	/**
	 * PostgreSQL's "terminating connection due to administrator command", "crash
	 * shutdown" and "cannot connect now" (starting up or shutting down); class 08
	 * (connection exception) is matched as a whole.
	 */
	private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

	/**
	 * H2's "connection broken", "database is closed" and "database called at shutdown",
	 * whatever exception class the H2 version throws them as.
	 */
	/**
	 * What Hikari's proxy of a connection it has closed (evicted as broken) answers, with
	 * no SQL state.
	 */
	private static final String HIKARI_CLOSED = "Connection is closed";

	private static final Set<Integer> H2_GONE = Set.of(90067, 90098, 90121);

	/**
	 * One line per this interval at most, however many requests and jobs fail meanwhile.
	 */
	private static final long REPORT_INTERVAL_NANOS = Duration.ofSeconds(10).toNanos();

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

	private static final AtomicLong lastReport = new AtomicLong(System.nanoTime() - REPORT_INTERVAL_NANOS);

	private DatabaseUnavailable() {
	}

	/**
	 * Logs that the database could not be reached, as one line without stack trace, at
	 * most once every ten seconds: an outage under load must not bury the log.
	 */
	public static void report(String what, Throwable failure) {
		PoolThreads.wakeAll();
		long now = System.nanoTime();
		long last = lastReport.get();
		if (now - last >= REPORT_INTERVAL_NANOS && lastReport.compareAndSet(last, now)) {
			log.warn(
					"The database cannot be reached ({}): answering 503 and skipping scheduled work until it is back. {}",
					what, reason(failure));
		}
	}

	/** Whether the database being out of reach is the cause of this failure. */
	public static boolean causedBy(@Nullable Throwable failure) {
		int depth = 0;
		for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
			if (isUnreachable(cause)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isUnreachable(Throwable cause) {
		if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
				|| cause instanceof TransientDataAccessResourceException
				|| cause instanceof RecoverableDataAccessException) {
			// CannotGetJdbcConnectionException is a DataAccessResourceFailureException
			return true;
		}
		if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
			// "JDBC rollback failed" on a connection that the outage closed hides the
			// failure that started the rollback: that one tells
			return causedBy(rollback.getApplicationException());
		}
		if (cause instanceof TransactionSystemException rollback && rollback.getCause() instanceof SQLException sql
				&& sql.getSQLState() == null && HIKARI_CLOSED.equals(sql.getMessage())) {
			// a commit cut by the stopping server, then the rollback on the connection
			// the
			// pool has just evicted as broken: Spring throws the rollback's failure alone
			return true;
		}
		if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
				|| cause instanceof SQLRecoverableException || cause instanceof ConnectException) {
			return true;
		}
		if (cause instanceof SQLException sql) {
			String state = sql.getSQLState();
			if (state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state))) {
				return true;
			}
			return cause.getClass().getName().startsWith("org.h2.") && H2_GONE.contains(sql.getErrorCode());
		}
		return false;
	}

	/** The innermost cause's message, for a log line that needs no stack trace. */
	public static String reason(Throwable failure) {
		Throwable root = failure;
		int depth = 0;
		while (root.getCause() != null && root.getCause() != root && depth++ < 32) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
