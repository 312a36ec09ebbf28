package org.synergies.support;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.synergies.accounts.AccountAccess;
import org.synergies.accounts.AccountDetails;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.CurrentUser;
import org.synergies.accounts.PersonalTokens;
import org.synergies.accounts.Role;
import org.synergies.messaging.Outbox;
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

	TestAccounts(AccountManagement accounts, AccountAccess access, Outbox outbox, PersonalTokens tokens) {
		this.accounts = accounts;
		this.access = access;
		this.outbox = outbox;
		this.tokens = tokens;
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

	/** The token of the newest link e-mailed to this address (invitation or reset). */
	public String linkToken(String email) {
		String body = this.outbox.sentTo(email).get(0).body();
		Matcher matcher = TOKEN.matcher(body);
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

}
