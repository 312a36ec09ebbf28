package org.synergies.accounts.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

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
 * passwords, issuing e-mailed links, writing to the person, ending their sessions.
 */
@Component
public class AccountWorkflow {

	private final Accounts accounts;

	private final AccountLinks links;

	private final PasswordEncoder encoder;

	private final Outbox outbox;

	private final SessionTerminator sessions;

	private final String baseUrl;

	AccountWorkflow(Accounts accounts, AccountLinks links, PasswordEncoder encoder, Outbox outbox,
			SessionTerminator sessions, @Value("${synergies.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.links = links;
		this.encoder = encoder;
		this.outbox = outbox;
		this.sessions = sessions;
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
			.with("link", this.baseUrl + "/invitation?token=" + secret)
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

	public void changePassword(Account account, String currentPassword, String newPassword, Instant now) {
		String hash = account.passwordHash();
		if (hash == null || !this.encoder.matches(currentPassword, hash)) {
			throw new RuleViolationException("password.rule.current-wrong");
		}
		PasswordPolicy.check(newPassword, account.email());
		account.changePassword(this.encoder.encode(newPassword), now);
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
	 * E-mails a reset link when an active account has the address; does nothing
	 * otherwise, and the caller cannot tell the difference.
	 */
	public Optional<Account> requestPasswordReset(String email, Instant now) {
		Optional<Account> account = this.accounts.findByEmailKey(Account.keyOf(email)).filter(Account::isActive);
		account.ifPresent(found -> {
			String secret = this.links.issue(found.id(), Purpose.PASSWORD_RESET, now);
			this.outbox.send(OutgoingMail.to(found.email(), found.language(), "password-reset")
				.with("name", found.displayName())
				.with("link", this.baseUrl + "/password/reset?token=" + secret)
				.with("minutes", Purpose.PASSWORD_RESET.validity().toMinutes()));
		});
		return account;
	}

	/** Sets a new password through a reset link and signs the account out everywhere. */
	public Account resetPassword(String secret, String password, Instant now) {
		Account account = accountForLink(secret, Purpose.PASSWORD_RESET, now);
		PasswordPolicy.check(password, account.email());
		account.changePassword(this.encoder.encode(password), now);
		this.links.voidAll(account.id(), Purpose.PASSWORD_RESET, now);
		Account saved = this.accounts.save(account);
		this.sessions.endSessionsOf(account.id());
		this.outbox.send(OutgoingMail.to(account.email(), account.language(), "password-changed")
			.with("name", account.displayName()));
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
