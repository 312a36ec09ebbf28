package org.synergies;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.synergies.accounts.AccountStatus;
import org.synergies.accounts.Role;
import org.synergies.accreditation.ApplicationAction;
import org.synergies.accreditation.ApplicationStatus;
import org.synergies.accreditation.Recommendation;
import org.synergies.messaging.SentMail;
import org.synergies.shared.VersionStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text exists in English, French and Spanish: the three bundles have the same keys,
 * every key a template or a business rule names exists, and no ASCII apostrophe lurks
 * where MessageFormat would swallow it.
 */
class MessageBundlesTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)[}(]");

	private static final Pattern RULE_KEY = Pattern
		.compile("(?:RuleViolationException\\(|rejectValue\\([^,]+, |reject\\()\"([a-z0-9_.\\-]+)\"");

	@Test
	void frenchAndSpanishHaveExactlyTheEnglishKeys() throws IOException {
		Set<String> english = load("messages.properties").stringPropertyNames();
		for (String bundle : List.of("messages_fr.properties", "messages_es.properties")) {
			Set<String> keys = load(bundle).stringPropertyNames();
			assertThat(difference(english, keys)).as("keys missing from " + bundle).isEmpty();
			assertThat(difference(keys, english)).as("keys only in " + bundle).isEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages.properties", "messages_fr.properties", "messages_es.properties" })
	void noMessageHasAnAsciiApostrophe(String bundle) throws IOException {
		Properties messages = load(bundle);
		assertThat(messages.stringPropertyNames()).filteredOn(key -> messages.getProperty(key).contains("'"))
			.as("write ’ instead of ' in " + bundle)
			.isEmpty();
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> english = load("messages.properties").stringPropertyNames();
		Set<String> used = collect(Path.of("src/main/resources/templates"), TEMPLATE_KEY);
		assertThat(difference(used, english)).as("keys used in templates but missing").isEmpty();
	}

	@Test
	void everyRuleTheCodeNamesHasAMessage() throws IOException {
		Set<String> english = load("messages.properties").stringPropertyNames();
		Set<String> used = collect(Path.of("src/main/java"), RULE_KEY);
		used.removeIf(key -> key.endsWith("."));
		for (ApplicationAction action : ApplicationAction.values()) {
			used.add("application.rule.cannot." + action.name());
		}
		assertThat(used).isNotEmpty();
		assertThat(difference(used, english)).as("rule keys used in code but missing").isEmpty();
	}

	@Test
	void everyRoleStatusAndMailStatusHasAName() throws IOException {
		Set<String> english = load("messages.properties").stringPropertyNames();
		for (Role role : Role.values()) {
			assertThat(english).contains("role." + role, "role." + role + ".description");
		}
		for (AccountStatus status : AccountStatus.values()) {
			assertThat(english).contains("account.status." + status);
		}
		for (SentMail.Status status : SentMail.Status.values()) {
			assertThat(english).contains("outbox.status." + status);
		}
		for (ApplicationStatus status : ApplicationStatus.values()) {
			assertThat(english).contains("application.status." + status);
		}
		for (VersionStatus status : VersionStatus.values()) {
			assertThat(english).contains("adoption.status." + status);
		}
		for (Recommendation recommendation : Recommendation.values()) {
			assertThat(english).contains("review.recommendation." + recommendation);
		}
	}

	@Test
	void everyMailTemplateHasASubject() throws IOException {
		Set<String> english = load("messages.properties").stringPropertyNames();
		try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/mail"))) {
			templates.map(path -> path.getFileName().toString().replace(".txt", ""))
				.forEach(name -> assertThat(english).contains("mail." + name + ".subject"));
		}
	}

	private static Set<String> collect(Path root, Pattern pattern) throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Matcher matcher = pattern.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		return keys;
	}

	private static Set<String> difference(Set<String> left, Set<String> right) {
		Set<String> result = new TreeSet<>(left);
		result.removeAll(right);
		return result;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/" + name)) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}

}
