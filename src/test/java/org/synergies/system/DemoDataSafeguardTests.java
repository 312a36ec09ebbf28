package org.synergies.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.SynergiesApplication;
import org.synergies.accounts.AccountManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Demo data is an explicit choice: started as the packaged jar is (no profile), the
 * application has none of the well-known demo accounts or tokens; with the profile
 * {@code demo} it refuses to start where anything looks like production.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoDataSafeguardTests {

	private static final String H2 = "jdbc:h2:mem:demo;MODE=PostgreSQL";

	@Autowired
	AccountManagement accounts;

	@Autowired
	MockMvcTester mvc;

	final ApplicationContextRunner demo = new ApplicationContextRunner()
		.withInitializer(context -> context.getEnvironment().setActiveProfiles(DemoData.PROFILE))
		.withUserConfiguration(DemoDataSafeguard.class);

	@Test
	void withoutTheDemoProfileThereAreNoDemoAccountsNorTokens() {
		assertThat(this.accounts.findByEmail("admin@synergies.example")).isEmpty();
		assertThat(this.accounts.findByEmail("member@synergies.example")).isEmpty();
		assertThat(this.mvc.get().uri("/api/v1/me").header("Authorization", "Bearer syn_demo-admin-token"))
			.hasStatus(401);
	}

	@Test
	void theDemoProfileStartsOnTheEmbeddedDatabaseWithoutMailServerOrPublicAddress() {
		this.demo.withPropertyValues("spring.datasource.url=" + H2).run(context -> assertThat(context).hasNotFailed());
		this.demo.withPropertyValues("spring.datasource.url=" + H2, "synergies.base-url=http://127.0.0.1:18090")
			.run(context -> assertThat(context).hasNotFailed());
	}

	@Test
	void theDemoProfileRefusesAPostgresqlDatabase() {
		this.demo.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example.org/synergies")
			.run(context -> assertThat(context).getFailure()
				.hasMessageContaining("Refusing to seed demo data")
				.hasMessageContaining("jdbc:postgresql:…")
				.hasMessageNotContaining("db.example.org"));
	}

	@Test
	void theDemoProfileRefusesAMailServerOrAPublicBaseUrl() {
		this.demo.withPropertyValues("spring.datasource.url=" + H2, "spring.mail.host=smtp.example.org")
			.run(context -> assertThat(context).getFailure().hasMessageContaining("spring.mail.host"));
		this.demo.withPropertyValues("spring.datasource.url=" + H2, "synergies.base-url=https://synergies.cms.int")
			.run(context -> assertThat(context).getFailure().hasMessageContaining("https://synergies.cms.int"));
	}

	@Test
	void theWholeApplicationFailsToStartBeforeSeedingAnything() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(SynergiesApplication.class).profiles(DemoData.PROFILE)
			.properties("server.port=0", "spring.mail.host=smtp.example.org")
			.run()
			.close()).hasMessageContaining("Refusing to seed demo data").hasMessageContaining("spring.mail.host");
	}

}
