package org.synergies.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server of the test run: the one named by the libpq environment variables
 * ({@code PGHOST}, {@code PGPORT}, {@code PGUSER}, {@code PGPASSWORD},
 * {@code PGDATABASE}) when {@code PGHOST} is set, otherwise an embedded PostgreSQL
 * started once for the JVM. Each Spring test context gets a database of its own, dropped
 * when the context closes (with its roles, see {@link #newDatabaseWithRoles()}); what is
 * still there when the JVM ends and no longer in use is dropped then ({@code .ci/run}
 * removes anything left over before it starts).
 */
public final class TestPostgres {

	private static final List<String> created = new CopyOnWriteArrayList<>();

	private static Server server;

	private static RuntimeException failure;

	record Server(String host, int port, String user, String password, String adminDatabase, String origin) {

		String url(String database) {
			return "jdbc:postgresql://" + host + ":" + port + "/" + database;
		}

	}

	private TestPostgres() {
	}

	/** Whether a PostgreSQL server could be reached or started; the reason otherwise. */
	public static synchronized String unavailableReason() {
		try {
			server();
			return null;
		}
		catch (RuntimeException exception) {
			return exception.getMessage();
		}
	}

	/**
	 * A fresh, empty database used by the server's own (super)user, as a single-role
	 * deployment; returns its JDBC URL, user and password.
	 */
	public static synchronized String[] newDatabase() {
		Server server = server();
		String name = "synergies_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		execute(server, "CREATE DATABASE " + name);
		created.add(name);
		return new String[] { server.url(name), server.user(), server.password() };
	}

	/**
	 * A fresh, empty database as production runs it (docs/operations.md): owned by an
	 * owner role that runs the migrations, used by an application role that owns nothing.
	 * Both roles are made for this database only (roles are cluster-wide, and other test
	 * runs share the server) and dropped with it. Returns the JDBC URL, the application
	 * role and its password, the owner role and its password.
	 */
	public static synchronized String[] newDatabaseWithRoles() {
		Server server = server();
		String name = "synergies_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		String password = UUID.randomUUID().toString();
		execute(server, "CREATE ROLE " + name + "_owner LOGIN PASSWORD '" + password + "'");
		execute(server, "CREATE ROLE " + name + "_app LOGIN PASSWORD '" + password + "'");
		execute(server, "CREATE DATABASE " + name + " OWNER " + name + "_owner");
		execute(server, "REVOKE ALL ON DATABASE " + name + " FROM PUBLIC");
		execute(server, "GRANT CONNECT, TEMPORARY ON DATABASE " + name + " TO " + name + "_app");
		created.add(name);
		return new String[] { server.url(name), name + "_app", password, name + "_owner", password };
	}

	public static synchronized String origin() {
		return server().origin();
	}

	private static Server server() {
		if (server != null) {
			return server;
		}
		if (failure != null) {
			throw failure;
		}
		try {
			server = System.getenv("PGHOST") != null ? fromEnvironment() : embedded();
			Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropCreated));
			return server;
		}
		catch (RuntimeException exception) {
			failure = exception;
			throw exception;
		}
	}

	private static Server fromEnvironment() {
		Server candidate = new Server(System.getenv("PGHOST"), Integer.parseInt(env("PGPORT", "5432")),
				env("PGUSER", "postgres"), env("PGPASSWORD", ""), env("PGDATABASE", "postgres"),
				"server at " + System.getenv("PGHOST") + ":" + env("PGPORT", "5432"));
		try (Connection connection = DriverManager.getConnection(candidate.url(candidate.adminDatabase()),
				candidate.user(), candidate.password())) {
			return candidate;
		}
		catch (SQLException exception) {
			throw new IllegalStateException("PostgreSQL named by PGHOST cannot be reached: " + exception.getMessage(),
					exception);
		}
	}

	private static Server embedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					// the test contexts close in their own shutdown hooks, at the same
					// time
					awaitDatabasesDropped();
					postgres.close();
				}
				catch (Exception ignored) {
					// the JVM is ending anyway
				}
			}));
			return new Server("localhost", postgres.getPort(), "postgres", "postgres", "postgres",
					"embedded PostgreSQL on port " + postgres.getPort());
		}
		catch (Exception exception) {
			throw new IllegalStateException("Embedded PostgreSQL could not start: " + exception.getMessage(),
					exception);
		}
	}

	/**
	 * Drops a database made by {@link #newDatabase()} once nothing uses it. Never forces:
	 * an application context still closing keeps its database until the next run's
	 * clean-up rather than failing mid-shutdown.
	 */
	public static void drop(String url) {
		String name = url.substring(url.lastIndexOf('/') + 1);
		if (created.remove(name)) {
			try {
				execute(server, "DROP DATABASE IF EXISTS " + name);
				execute(server, "DROP ROLE IF EXISTS " + name + "_app");
				execute(server, "DROP ROLE IF EXISTS " + name + "_owner");
			}
			catch (RuntimeException ignored) {
				// still in use, or the server is already gone (embedded)
			}
		}
	}

	private static void awaitDatabasesDropped() {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (!created.isEmpty() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException exception) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static void dropCreated() {
		awaitDatabasesDropped();
		for (String name : List.copyOf(created)) {
			drop(server.url(name));
		}
	}

	private static void execute(Server server, String sql) {
		try (Connection connection = DriverManager.getConnection(server.url(server.adminDatabase()), server.user(),
				server.password()); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException exception) {
			throw new IllegalStateException(sql.toLowerCase(Locale.ROOT) + " failed: " + exception.getMessage(),
					exception);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
