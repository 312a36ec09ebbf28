package org.synergies.accounts;

import org.synergies.accounts.internal.AccountAccess;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A password of up to 128 characters in any script is a password: all of it counts
 * (Argon2id), not only its first 72 bytes (bcrypt); hashes made with bcrypt still sign in
 * and are upgraded.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class PasswordHashingTests {

	static final String CYRILLIC = first(100, "длинная парольная фраза на русском языке ");

	static final String CHINESE = first(100, "我的密码是一句很长的中文句子而且没有人能猜到");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AccountAccess access;

	@Autowired
	TestAccounts fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aHundredCharacterPasswordInCyrillicOrChineseSignsIn() {
		AccountView russian = invitedWith(CYRILLIC);
		AccountView chinese = invitedWith(CHINESE);

		assertThat(CYRILLIC.codePointCount(0, CYRILLIC.length())).isEqualTo(100);
		assertThat(signIn(russian.email(), CYRILLIC, "10.2.0.1")).hasRedirectedUrl("/");
		assertThat(signIn(chinese.email(), CHINESE, "10.2.0.1")).hasRedirectedUrl("/");
		assertThat(signIn(chinese.email(), CHINESE.substring(0, 99) + "字", "10.2.0.1"))
			.hasRedirectedUrl("/login?error");
	}

	@Test
	void twoPasswordsSharingTheirFirst72BytesAreTwoPasswords() {
		String common = "x".repeat(72);
		AccountView account = invitedWith(common + " the real ending");

		assertThat(signIn(account.email(), common + " another ending", "10.2.0.2")).hasRedirectedUrl("/login?error");
		assertThat(signIn(account.email(), common + " the real ending", "10.2.0.2")).hasRedirectedUrl("/");
	}

	@Test
	void aBcryptHashStillSignsInAndIsReplacedByArgon2id() {
		AccountView account = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		this.jdbc.sql("UPDATE account SET password_hash = :hash WHERE id = :id")
			.param("hash", "{bcrypt}" + new BCryptPasswordEncoder().encode(TestAccounts.PASSWORD))
			.param("id", account.id())
			.update();

		assertThat(signIn(account.email(), TestAccounts.PASSWORD, "10.2.0.3")).hasRedirectedUrl("/");

		assertThat(hashOf(account)).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
		assertThat(signIn(account.email(), TestAccounts.PASSWORD, "10.2.0.3")).hasRedirectedUrl("/");
		assertThat(signIn(account.email(), "not the password at all", "10.2.0.3")).hasRedirectedUrl("/login?error");
	}

	@Test
	void upTo128CharactersCountedAsAPersonCountsThem() {
		String emoji = "🦅".repeat(128);
		AccountView invited = this.accounts
			.invite(new AccountDetails(TestAccounts.uniqueEmail("emoji"), "E", Language.FR, Set.of(), Set.of(), null));
		String token = this.fixtures.linkToken(invited.email());

		assertThat(this.mvc.post()
			.uri("/invitation")
			.param("token", token)
			.param("password", emoji + "🦅")
			.param("confirmation", emoji + "🦅")
			.header("Accept-Language", "fr")
			.with(csrf())).hasStatusOk().bodyText().contains("Le mot de passe doit compter au plus 128 caractères.");
		assertThat(this.mvc.post()
			.uri("/invitation")
			.param("token", token)
			.param("password", emoji)
			.param("confirmation", emoji)
			.with(csrf())).hasRedirectedUrl("/login?welcome");
		assertThat(signIn(invited.email(), emoji, "10.2.0.4")).hasRedirectedUrl("/");
	}

	private AccountView invitedWith(String password) {
		AccountView invited = this.accounts
			.invite(new AccountDetails(TestAccounts.uniqueEmail("script"), "S", Language.EN, Set.of(), Set.of(), null));
		this.access.acceptInvitation(this.fixtures.linkToken(invited.email()), password);
		return invited;
	}

	private String hashOf(AccountView account) {
		return this.jdbc.sql("SELECT password_hash FROM account WHERE id = :id")
			.param("id", account.id())
			.query(String.class)
			.single();
	}

	private MvcTestResult signIn(String email, String password, String client) {
		return TestAccounts.signIn(this.mvc, email, password, client);
	}

	private static String first(int codePoints, String phrase) {
		String text = phrase.repeat(10);
		return text.substring(0, text.offsetByCodePoints(0, codePoints));
	}

}
