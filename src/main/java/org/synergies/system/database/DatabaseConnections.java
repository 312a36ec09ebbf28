package org.synergies.system.database;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every connection to the database must promise, whichever URL the operator gives:
 * <ul>
 * <li>on an H2 file database (the embedded default), a commit is written to the file
 * before it returns ({@code WRITE_DELAY=0}). By default H2 2.x keeps committed changes in
 * memory and writes them in the background about half a second later, so a write already
 * answered 2xx was lost when the process was killed;</li>
 * <li>on PostgreSQL, connecting and signing in give up after two seconds and a statement
 * whose answer never comes after ten, so that an unreachable server is reported (503) in
 * time instead of holding requests, and the pool retries at once when requests find the
 * database away ({@link PoolThreads}). The pool's own waits are set in
 * {@code application.properties}.</li>
 * </ul>
 * A setting the operator gives explicitly (in the URL or as
 * {@code spring.datasource.hikari.data-source-properties.*}) is kept.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConnections {

	/** PostgreSQL driver settings, in seconds. */
	static final Map<String, String> POSTGRESQL_TIMEOUTS = Map.of("connectTimeout", "2", "loginTimeout", "2",
			"socketTimeout", "10");

	@Bean
	static BeanPostProcessor databaseConnectionSettings() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
					configure(pool);
				}
				return bean;
			}
		};
	}

	static void configure(HikariDataSource pool) {
		String url = pool.getJdbcUrl();
		pool.setJdbcUrl(durable(url));
		if (url.startsWith("jdbc:postgresql:")) {
			if (pool.getThreadFactory() == null) {
				pool.setThreadFactory(new PoolThreads(pool.getPoolName() == null ? "db-pool" : pool.getPoolName()));
			}
			Properties properties = pool.getDataSourceProperties();
			String query = url.toLowerCase(Locale.ROOT);
			POSTGRESQL_TIMEOUTS.forEach((name, seconds) -> {
				if (!properties.containsKey(name) && !query.contains(name.toLowerCase(Locale.ROOT) + "=")) {
					properties.setProperty(name, seconds);
				}
			});
		}
	}

	/**
	 * The URL of an H2 database kept in files, with every commit written before it
	 * returns; any other URL as it is.
	 */
	static String durable(String url) {
		if (!url.startsWith("jdbc:h2:")) {
			return url;
		}
		String target = url.substring("jdbc:h2:".length()).toLowerCase(Locale.ROOT);
		// in memory, read-only, or a server's database, whose settings are the server's
		boolean notOurFile = target.startsWith("mem:") || target.startsWith("zip:") || target.startsWith("tcp:")
				|| target.startsWith("ssl:");
		if (notOurFile || url.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=")) {
			return url;
		}
		return url + ";WRITE_DELAY=0";
	}

}
