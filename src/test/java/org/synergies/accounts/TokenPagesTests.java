package org.synergies.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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
