package org.synergies.accounts;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@SpringBootTest
@AutoConfigureMockMvc
class TokenPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts fixtures;

	@Autowired
	PersonalTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewTokenIsShownOnceAndThenOnlyByItsFirstCharacters() throws Exception {
		AccountView officer = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);

		String created = this.mvc.post()
			.uri("/account/tokens")
			.param("name", "Report script")
			.with(TestAccounts.as(officer))
			.with(csrf())
			.exchange()
			.getResponse()
			.getContentAsString();
		ApiTokenView token = this.tokens.of(officer.id()).get(0);
		assertThat(created).contains("Token “Report script” created.", "Copy it now")
			.containsPattern("syn_[A-Za-z0-9_-]{43}");

		assertThat(this.mvc.get().uri("/account/tokens").with(TestAccounts.as(officer))).bodyText()
			.contains("Report script", token.prefix() + "…")
			.doesNotContainPattern("syn_[A-Za-z0-9_-]{43}");
	}

	@Test
	void theOwnerChoosesHowLongATokenLastsAndSeesWhenItExpires() {
		AccountView officer = this.fixtures.active(Language.FR, Role.SECRETARIAT_OFFICER);

		assertThat(this.mvc.get().uri("/account/tokens").with(TestAccounts.as(officer))).bodyText()
			.contains("<option value=\"30\">30 days</option>",
					"<option value=\"90\" selected=\"selected\">90 days</option>",
					"<option value=\"365\">365 days</option>");
		this.mvc.post()
			.uri("/account/tokens")
			.param("name", "Quarterly")
			.param("lifetimeDays", "30")
			.with(TestAccounts.as(officer))
			.with(csrf())
			.exchange();
		assertThat(this.mvc.post()
			.uri("/account/tokens")
			.param("name", "Forever")
			.param("lifetimeDays", "3650")
			.header("Accept-Language", "fr")
			.with(TestAccounts.as(officer))
			.with(csrf())).bodyText().contains("Un jeton est valable de 1 à 365 jours.");

		ApiTokenView token = this.tokens.of(officer.id()).get(0);
		assertThat(token.name()).isEqualTo("Quarterly");
		assertThat(Duration.between(token.createdAt(), token.expiresAt())).isEqualTo(Duration.ofDays(30));
		ApiTokenView byDefault = TestAccounts.runAs(officer, () -> this.tokens.create(officer.id(), "Default", null))
			.token();
		assertThat(Duration.between(byDefault.createdAt(), byDefault.expiresAt())).isEqualTo(Duration.ofDays(90));
	}

	@Test
	void anExpiredTokenIsShownAsExpired() {
		AccountView officer = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		ApiTokenView token = TestAccounts.runAs(officer, () -> this.tokens.create(officer.id(), "Old script", 30))
			.token();
		this.jdbc.sql("UPDATE api_token SET expires_at = created_at WHERE id = :id").param("id", token.id()).update();

		assertThat(this.mvc.get().uri("/account/tokens").with(TestAccounts.as(officer))).bodyText()
			.contains("Old script", "Expired")
			.doesNotContain("aria-label=\"Revoke the token Old script\"");
	}

	@Test
	void revokingThroughHtmxAnswersJustTheRow() {
		AccountView officer = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		ApiTokenView token = TestAccounts.runAs(officer,
				() -> this.tokens.create(officer.id(), "Temporary", null).token());

		assertThat(this.mvc.post()
			.uri("/account/tokens/" + token.id() + "/revoke")
			.header("HX-Request", "true")
			.with(TestAccounts.as(officer))
			.with(csrf())).hasStatusOk().bodyText().startsWith("<tr id=\"token-" + token.id()).contains("Revoked");
	}

	@Test
	void withoutJavaScriptRevokingReturnsToTheList() {
		AccountView officer = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		ApiTokenView token = TestAccounts.runAs(officer,
				() -> this.tokens.create(officer.id(), "Temporary", null).token());

		assertThat(this.mvc.post()
			.uri("/account/tokens/" + token.id() + "/revoke")
			.with(TestAccounts.as(officer))
			.with(csrf())).hasRedirectedUrl("/account/tokens?revoked");
	}

	@Test
	void nobodyRevokesSomeoneElsesToken() {
		AccountView owner = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		AccountView other = this.fixtures.active(Language.EN, Role.SECRETARIAT_ADMIN);
		ApiTokenView token = TestAccounts.runAs(owner, () -> this.tokens.create(owner.id(), "Mine", null).token());

		assertThat(this.mvc.post()
			.uri("/account/tokens/" + token.id() + "/revoke")
			.with(TestAccounts.as(other))
			.with(csrf())).hasStatus(404);
		assertThat(this.tokens.of(owner.id()).get(0).revokedAt()).isNull();
	}

}
