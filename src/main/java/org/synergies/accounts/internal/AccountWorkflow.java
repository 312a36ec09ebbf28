package org.synergies.accounts.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.synergies.accounts.AccountDetails;
import org.synergies.accounts.internal.AccountLinks.Purpose;
import org.synergies.messaging.OutgoingMail;
import org.synergies.messaging.Outbox;
import org.synergies.shared.Language;
import org.synergies.shared.RuleViolationException;

/**
 * The steps behind the account façades that need more than the aggregate: hashing
 * passwords, issuing e-mailed links, writing to the person, ending their sessions and
 * revoking their tokens when their password changes.
 */
@Component
class AccountWorkflow {

	private final Accounts accounts;

	private final AccountLinks links;

	private final PasswordEncoder encoder;

	private final Outbox outbox;

	private final SessionTerminator sessions;

	private final PasswordChanges passwordChanges;

	private final ResetRequestThrottle resetRequests;

	private final String baseUrl;

	AccountWorkflow(Accounts accounts, AccountLinks links, PasswordEncoder encoder, Outbox outbox,
			SessionTerminator sessions, PasswordChanges passwordChanges, ResetRequestThrottle resetRequests,
			@Value("${synergies.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.links = links;
		this.encoder = encoder;
		this.outbox = outbox;
		this.sessions = sessions;
		this.passwordChanges = passwordChanges;
		this.resetRequests = resetRequests;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	public Account invite(AccountDetails details, Instant now) {
		Account account = this.accounts.save(Account.invite(details.email(), details.displayName(), details.language(),
				details.roles(), details.organizations(), details.country(), now));
		sendInvitation(account, now);
		return account;
	}

	public void sendInvitation(Account account, Instant now) {
		String secret = this.links.issue(account.id(), Purpose.INVITATION, now);
		this.outbox.send(OutgoingMail.to(account.email(), account.language(), "invitation")
			.with("name", account.displayName())
			.withSecret("link", this.baseUrl + "/invitation?token=" + secret)
			.with("days", Purpose.INVITATION.validity().toDays()));
	}

	public void describe(Account account, AccountDetails details, Instant now) {
		account.describe(details.email(), details.displayName(), details.language(), now);
		account.assign(details.roles(), details.organizations(), details.country());
	}

	public void disable(Account account, Instant now) {
		account.disable(now);
	}

	public void enable(Account account, Instant now) {
		account.enable(now);
	}

	public void chooseLanguage(Account account, Language language, Instant now) {
		account.chooseLanguage(language, now);
	}

	public void join(Account account, UUID organization, Instant now) {
		account.joinOrganization(organization, now);
	}

	public void leave(Account account, UUID organization, Instant now) {
		account.leaveOrganization(organization, now);
	}

	/**
	 * A person changes their password, proving they know the current one; see
	 * {@link PasswordChanges} for what follows.
	 * @param currentSession the session the person changes it in, kept
	 * @return how many API tokens were revoked
	 */
	public int changePassword(Account account, String currentPassword, String newPassword,
			@Nullable String currentSession, Instant now) {
		String hash = account.passwordHash();
		if (hash == null || !this.encoder.matches(currentPassword, hash)) {
			throw new RuleViolationException("password.rule.current-wrong");
		}
		PasswordPolicy.check(newPassword, account.email());
		account.changePassword(this.encoder.encode(newPassword), now);
		Account saved = this.accounts.save(account);
		return this.passwordChanges.changed(saved, currentSession, now);
	}

	/** Sets the first password through an invitation link; the account becomes active. */
	public Account acceptInvitation(String secret, String password, Instant now) {
		Account account = accountForLink(secret, Purpose.INVITATION, now);
		PasswordPolicy.check(password, account.email());
		account.activate(this.encoder.encode(password), now);
		this.links.voidAll(account.id(), Purpose.INVITATION, now);
		return this.accounts.save(account);
	}

	/**
	 * E-mails a reset link when an active account has the address and neither the address
	 * nor the client has asked too often ({@link ResetRequestThrottle}); does nothing
	 * otherwise, and the caller cannot tell the difference.
	 */
	public Optional<Account> requestPasswordReset(String email, String client, Instant now) {
		String emailKey = Account.keyOf(email);
		if (!this.resetRequests.admits(emailKey, client)) {
			return Optional.empty();
		}
		Optional<Account> account = this.accounts.findByEmailKey(emailKey).filter(Account::isActive);
		account.ifPresent(found -> {
			String secret = this.links.issue(found.id(), Purpose.PASSWORD_RESET, now);
			this.outbox.send(OutgoingMail.to(found.email(), found.language(), "password-reset")
				.with("name", found.displayName())
				.withSecret("link", this.baseUrl + "/password/reset?token=" + secret)
				.with("minutes", Purpose.PASSWORD_RESET.validity().toMinutes()));
		});
		return account;
	}

	/**
	 * Sets a new password through a reset link: the account is signed out everywhere and
	 * its API tokens are revoked (see {@link PasswordChanges}).
	 */
	public Account resetPassword(String secret, String password, Instant now) {
		Account account = accountForLink(secret, Purpose.PASSWORD_RESET, now);
		PasswordPolicy.check(password, account.email());
		account.changePassword(this.encoder.encode(password), now);
		this.links.voidAll(account.id(), Purpose.PASSWORD_RESET, now);
		Account saved = this.accounts.save(account);
		this.passwordChanges.reset(saved, now);
		return saved;
	}

	public boolean isValidLink(String secret, boolean invitation, Instant now) {
		return this.links.accountFor(secret, invitation ? Purpose.INVITATION : Purpose.PASSWORD_RESET, now).isPresent();
	}

	private Account accountForLink(String secret, Purpose purpose, Instant now) {
		return this.links.accountFor(secret, purpose, now)
			.flatMap(this.accounts::findById)
			.orElseThrow(() -> new RuleViolationException("account.rule.link-invalid"));
	}

	public void endSessions(UUID account) {
		this.sessions.endSessionsOf(account);
	}

	/** The account's sessions go on, with its roles and memberships as they are now. */
	public void refreshSessions(Account account) {
		this.sessions.refreshSessionsOf(account.principal());
	}

}
