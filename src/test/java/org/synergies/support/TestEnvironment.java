package org.synergies.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;

/**
 * Gives every test application context its own database (an in-memory H2, or a fresh
 * database on the test PostgreSQL when {@code synergies.test.database=postgresql},
 * migrated by an owner role and used by an application role as in production), the test
 * SMTP server (except under the profile {@code demo}, which refuses a mail server), and a
 * cheaper Argon2id for the passwords the tests make (see {@link #CHEAP_ARGON2}). A test's
 * own properties still win.
 */
public class TestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String INLINED = "Inlined Test Properties";

	private static final String DEMO = "demo";

	/** Set by a test that chooses the database itself (several nodes sharing one). */
	public static final String OWN_DATABASE = "synergies.test.own-database";

	public static boolean onPostgres() {
		return "postgresql".equals(System.getProperty("synergies.test.database"));
	}

	/**
	 * A database for a test that needs one for several application contexts; on
	 * PostgreSQL one role migrates and uses it (a single-role deployment).
	 */
	public static String[] sharedDatabase() {
		if (onPostgres()) {
			return TestPostgres.newDatabase();
		}
		return new String[] {
				"jdbc:h2:mem:" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "" };
	}

	/**
	 * The application's password encoder (accounts' {@code AccountsConfiguration}) with
	 * the same algorithm id, Argon2id and the bcrypt fallback, but Argon2id's cost
	 * lowered from 16 MiB and 2 passes to 64 KiB and 1 pass: the tests make and check
	 * thousands of passwords (every fixture account accepts its invitation), and at the
	 * production cost that was a tenth of the authorization matrix's time. Hashes still
	 * start {@code {argon2@SpringSecurity_v5_8}$argon2id$} and carry their own
	 * parameters, so hashes made at the production cost are still verified.
	 */
	static final Argon2PasswordEncoder CHEAP_ARGON2 = new Argon2PasswordEncoder(16, 32, 1, 64, 1);

	private static final String ARGON2ID = "argon2@SpringSecurity_v5_8";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if ("passwordEncoder".equals(name) && bean instanceof DelegatingPasswordEncoder) {
					return new DelegatingPasswordEncoder(ARGON2ID,
							Map.of(ARGON2ID, CHEAP_ARGON2, "bcrypt", new BCryptPasswordEncoder()));
				}
				return bean;
			}
		});
		Map<String, Object> properties = new HashMap<>();
		if (context.getEnvironment().containsProperty(OWN_DATABASE)) {
			// a test that starts several application nodes gives them one database itself
		}
		else if (onPostgres()) {
			// as in production: an owner role migrates, the application's role owns
			// nothing
			String[] database = TestPostgres.newDatabaseWithRoles();
			if (context.getBeanFactory() instanceof DefaultListableBeanFactory beans) {
				// registered first, so destroyed last: after the connection pool has
				// closed
				beans.registerDisposableBean("synergiesTestDatabase", () -> TestPostgres.drop(database[0]));
			}
			properties.put("spring.datasource.url", database[0]);
			properties.put("spring.datasource.username", database[1]);
			properties.put("spring.datasource.password", database[2]);
			properties.put("spring.flyway.user", database[3]);
			properties.put("spring.flyway.password", database[4]);
		}
		else {
			String[] database = sharedDatabase();
			properties.put("spring.datasource.url", database[0]);
			properties.put("spring.datasource.username", database[1]);
			properties.put("spring.datasource.password", database[2]);
		}
		if (!context.getEnvironment().matchesProfiles(DEMO)) {
			// the demo runs as the README's first command does: without a mail server
			properties.put("spring.mail.host", "127.0.0.1");
			properties.put("spring.mail.port", TestMail.port());
		}
		properties.put("synergies.mail.dispatch-interval", "PT0.2S");
		// Spring keeps up to 32 test contexts open, each with its pool: idle connections
		// beyond one are closed after 10 s, so that the run stays well within a
		// PostgreSQL
		// server's 100 connections (bursts in a test still get up to 10)
		properties.put("spring.datasource.hikari.minimum-idle", "1");
		properties.put("spring.datasource.hikari.idle-timeout", "10000");
		MutablePropertySources sources = context.getEnvironment().getPropertySources();
		MapPropertySource test = new MapPropertySource("synergies-test-environment", properties);
		if (sources.contains(INLINED)) {
			sources.addAfter(INLINED, test);
		}
		else {
			sources.addFirst(test);
		}
	}

}
