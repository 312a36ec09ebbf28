package org.synergies.system;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with the {@value DemoData#PROFILE} profile where anything looks like
 * production: a database other than the embedded H2 (PostgreSQL), a mail server, or a
 * public base URL. Demo data publishes passwords and API tokens in the README, so a
 * deployment that seeded it would hand out administrator access; failing at start (as a
 * bean factory post-processor: before Flyway or any seeding runs) makes the mistake
 * impossible to miss, where a warning in the log would be.
 */
@Component
@DemoData
class DemoDataSafeguard implements BeanFactoryPostProcessor, EnvironmentAware {

	static final String DEFAULT_BASE_URL = "http://localhost:8080";

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		List<String> signs = productionSigns(this.environment);
		if (!signs.isEmpty()) {
			throw new IllegalStateException("Refusing to seed demo data (profile '" + DemoData.PROFILE
					+ "'): its accounts, passwords and API tokens are public, and this looks like production: "
					+ String.join("; ", signs) + ". Start without the '" + DemoData.PROFILE + "' profile.");
		}
	}

	static List<String> productionSigns(Environment environment) {
		List<String> signs = new ArrayList<>();
		String url = environment.getProperty("spring.datasource.url", "");
		if (!url.startsWith("jdbc:h2:")) {
			String scheme = url.indexOf(':', 5) > 0 ? url.substring(0, url.indexOf(':', 5)) : url;
			signs.add("the database is not the embedded H2 (spring.datasource.url is " + scheme + ":…)");
		}
		if (!environment.getProperty("spring.mail.host", "").isBlank()) {
			signs.add("a mail server is configured (spring.mail.host)");
		}
		String baseUrl = environment.getProperty("synergies.base-url", DEFAULT_BASE_URL);
		if (!isLoopback(baseUrl)) {
			signs.add("synergies.base-url is a public address (" + baseUrl + ")");
		}
		return signs;
	}

	/** A base URL on this machine only (any port) is the demo's own. */
	private static boolean isLoopback(String baseUrl) {
		try {
			URI uri = URI.create(baseUrl);
			return uri.getHost() != null && LOOPBACK.contains(uri.getHost().toLowerCase());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
