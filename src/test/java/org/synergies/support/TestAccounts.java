package org.synergies.support;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.synergies.accounts.internal.AccountAccess;
import org.synergies.accounts.AccountDetails;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.CurrentUser;
import org.synergies.accounts.PersonalTokens;
import org.synergies.accounts.Role;
import org.synergies.messaging.Outbox;
import org.synergies.messaging.SentMail;
import org.synergies.shared.CountryCode;
import org.synergies.shared.Language;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Domain fixtures for accounts, made through the real flows: invited by an administrator,
 * activated through the link in the invitation e-mail.
 */
@Component
public class TestAccounts {

	public static final String PASSWORD = "correct horse battery staple";

	private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_\\-]+)");

	private final AccountManagement accounts;

	private final AccountAccess access;

	private final Outbox outbox;

	private final PersonalTokens tokens;

	private final JdbcClient jdbc;

	TestAccounts(AccountManagement accounts, AccountAccess access, Outbox outbox, PersonalTokens tokens,
			JdbcClient jdbc) {
		this.accounts = accounts;
		this.access = access;
		this.outbox = outbox;
		this.tokens = tokens;
		this.jdbc = jdbc;
	}

	public static String uniqueEmail(String hint) {
		return hint + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	/**
	 * An active account with these roles (organization members get one random
	 * organization).
	 */
	public AccountView active(Language language, Role... roles) {
		Set<Role> set = Set.of(roles);
		Set<UUID> organizations = set.contains(Role.ORGANIZATION_MEMBER) ? Set.of(UUID.randomUUID()) : Set.of();
		CountryCode country = set.contains(Role.NATIONAL_FOCAL_POINT) ? CountryCode.of("DE") : null;
		return active(new AccountDetails(uniqueEmail(roles.length == 0 ? "nobody" : roles[0].name().toLowerCase()),
				"Test " + (roles.length == 0 ? "Nobody" : roles[0].name()), language, set, organizations, country));
	}

	public AccountView active(AccountDetails details) {
		AccountView invited = this.accounts.invite(details);
		this.access.acceptInvitation(linkToken(invited.email()), PASSWORD);
		return this.accounts.find(invited.id()).orElseThrow();
	}

	public AccountView invited(Language language, Role... roles) {
		Set<Role> set = Set.of(roles);
		return this.accounts
			.invite(new AccountDetails(uniqueEmail("invited"), "Invited Person", language, set, Set.of(), null));
	}

	/**
	 * The token of the newest link e-mailed to this address (invitation or reset), read
	 * where only its recipient could: the outbox never shows it, so from the message as
	 * the SMTP server received it, or from the secrets the outbox keeps beside it until
	 * it is delivered.
	 */
	public String linkToken(String email) {
		SentMail newest = this.outbox.sentTo(email).get(0);
		Optional<String> waiting = this.jdbc.sql("SELECT secrets FROM outbound_mail WHERE id = :id")
			.param("id", newest.id())
			.query((row, number) -> Optional.ofNullable(row.getString(1)))
			.single();
		if (waiting.isPresent()) {
			return find(URLDecoder.decode(waiting.get(), StandardCharsets.UTF_8), email);
		}
		List<MimeMessage> delivered = TestMail.to(email);
		return find(TestMail.body(delivered.get(delivered.size() - 1)), email);
	}

	private static String find(String text, String email) {
		Matcher matcher = TOKEN.matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("No link in the last e-mail to " + email);
		}
		return matcher.group(1);
	}

	/** Signs a MockMvc request in as this account. */
	public static RequestPostProcessor as(AccountView account) {
		CurrentUser user = principal(account);
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
	}

	public static CurrentUser principal(AccountView account) {
		return CurrentUser.of(account);
	}

	/** Runs a façade call as the given account (for module tests that need an actor). */
	/**
	 * The secret of a new personal API token of this account, made by its owner as on the
	 * token page.
	 */
	public String apiToken(AccountView account) {
		return runAs(account, () -> this.tokens.create(account.id(), "test", null).secret());
	}

	public static <T> T runAs(AccountView account, Supplier<T> action) {
		return CurrentUser.of(account).runAs(action);
	}

	/** Sends the sign-in form as a browser at the given client address would. */
	public static MvcTestResult signIn(MockMvcTester mvc, String email, String password, String client) {
		return mvc.post()
			.uri("/login")
			.param("email", email)
			.param("password", password)
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.with(request -> {
				request.setRemoteAddr(client);
				return request;
			})
			.exchange();
	}

}
