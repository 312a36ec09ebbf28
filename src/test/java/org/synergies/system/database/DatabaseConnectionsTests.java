package org.synergies.system.database;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.Properties;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write answered 2xx must survive the process being killed. What survives a kill is
 * what the database wrote to its file (the operating system keeps it): a copy of the file
 * taken right after a commit returns is what a restart after {@code kill -9} would open.
 */
class DatabaseConnectionsTests {

	@TempDir
	Path directory;

	@Test
	void onTheEmbeddedDefaultEveryCommitIsInTheFileWhenItReturns() throws Exception {
		String url = defaultUrl().replace("./data/synergies", this.directory.resolve("synergies").toString());
		String settings = url.substring(url.indexOf(';'));
		try (HikariDataSource pool = pool(url);
				Connection connection = pool.getConnection();
				Statement statement = connection.createStatement()) {
			statement
				.execute("CREATE TABLE creation (id INT PRIMARY KEY, kind VARCHAR(10) CHECK (kind IN ('A', 'B')))");
			for (int id = 1; id <= 20; id++) {
				statement.execute("INSERT INTO creation VALUES (" + id + ", 'A')");
				assertThat(rowsAfterAKill(id, settings)).as("rows found after commit %d", id).isEqualTo(id);
			}
		}
	}

	@Test
	void anExplicitWriteDelayAndOtherDatabasesAreLeftAlone() {
		assertThat(DatabaseConnections.durable("jdbc:h2:file:./data/x;MODE=PostgreSQL"))
			.isEqualTo("jdbc:h2:file:./data/x;MODE=PostgreSQL;WRITE_DELAY=0");
		assertThat(DatabaseConnections.durable("jdbc:h2:./x")).isEqualTo("jdbc:h2:./x;WRITE_DELAY=0");
		assertThat(DatabaseConnections.durable("jdbc:h2:file:./x;write_delay=100")).endsWith("write_delay=100");
		assertThat(DatabaseConnections.durable("jdbc:h2:mem:x;MODE=PostgreSQL"))
			.isEqualTo("jdbc:h2:mem:x;MODE=PostgreSQL");
		assertThat(DatabaseConnections.durable("jdbc:postgresql://db/synergies"))
			.isEqualTo("jdbc:postgresql://db/synergies");
	}

	@Test
	void postgresqlConnectionsGiveUpInTimeUnlessTheOperatorSaysOtherwise() {
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:1/synergies?loginTimeout=7");
			pool.addDataSourceProperty("socketTimeout", "60");
			DatabaseConnections.configure(pool);
			assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "2")
				.containsEntry("socketTimeout", "60")
				.doesNotContainKey("loginTimeout");
		}
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setJdbcUrl("jdbc:h2:mem:timeouts");
			DatabaseConnections.configure(pool);
			assertThat(pool.getDataSourceProperties()).isEmpty();
		}
	}

	@Test
	void aPostgresqlPoolRetriesAtOnceWhenRequestsFindTheDatabaseAway() throws Exception {
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:1/synergies");
			DatabaseConnections.configure(pool);
			// stands for Hikari's connection adder in its back-off sleep
			Thread adder = pool.getThreadFactory().newThread(() -> {
				try {
					Thread.sleep(60_000);
				}
				catch (InterruptedException woken) {
					Thread.currentThread().interrupt();
				}
			});
			adder.start();
			DatabaseUnavailable.report("a request", new SQLTransientConnectionException("timed out"));
			adder.join(2_000);
			assertThat(adder.isAlive()).isFalse();
		}
	}

	private HikariDataSource pool(String url) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		pool.setUsername("sa");
		pool.setPassword("");
		DatabaseConnections.configure(pool);
		return pool;
	}

	/** The rows a restart would find if the process were killed now. */
	private int rowsAfterAKill(int attempt, String settings) throws Exception {
		Path copy = this.directory.resolve("killed-" + attempt + ".mv.db");
		Files.copy(this.directory.resolve("synergies.mv.db"), copy);
		String name = copy.toString().replace(".mv.db", "");
		try (Connection restarted = DriverManager.getConnection("jdbc:h2:file:" + name + settings, "sa", "");
				Statement statement = restarted.createStatement()) {
			ResultSet tables = statement
				.executeQuery("SELECT count(*) FROM information_schema.tables WHERE lower(table_name) = 'creation'");
			tables.next();
			if (tables.getInt(1) == 0) {
				return 0;
			}
			ResultSet rows = statement.executeQuery("SELECT count(*) FROM creation");
			rows.next();
			return rows.getInt(1);
		}
	}

	/** The database URL the packaged application uses when nothing is configured. */
	private static String defaultUrl() throws Exception {
		Properties properties = new Properties();
		try (InputStream in = DatabaseConnectionsTests.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		String url = properties.getProperty("spring.datasource.url");
		assertThat(url).startsWith("jdbc:h2:file:./data/synergies");
		return url;
	}

}
