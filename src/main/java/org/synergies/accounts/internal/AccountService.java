package org.synergies.accounts.internal;

import java.util.LinkedHashMap;
import org.synergies.accounts.Role;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.AccountStatus;
import org.synergies.accounts.AccountPage;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountFilter;
import org.synergies.accounts.AccountDetails;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.audit.AuditTrail;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * Accounts as administrators, their owners and other modules change them (see
 * {@link AccountManagement}).
 */
@Service
class AccountService implements AccountManagement {

	private final Accounts accounts;

	private final AccountQueries queries;

	private final AccountWorkflow workflow;

	private final AuditTrail audit;

	private final Clock clock;

	AccountService(Accounts accounts, AccountQueries queries, AccountWorkflow workflow, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.queries = queries;
		this.workflow = workflow;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates an account for a new person and e-mails them a link (valid a week) to
	 * choose their password.
	 */
	@Override
	@Transactional
	public AccountView invite(AccountDetails details) {
		requireFreeAddress(details.email(), null);
		Account account = this.workflow.invite(details, now());
		AccountView view = account.view();
		this.audit.record(AUDITED_AS, view.id(), "invited", null, view);
		return view;
	}

	@Override
	@Transactional
	public void resendInvitation(UUID id) {
		Account account = load(id);
		if (account.status() != AccountStatus.INVITED) {
			throw new RuleViolationException("account.rule.invitation-already-accepted");
		}
		this.workflow.sendInvitation(account, now());
		this.audit.record(AUDITED_AS, id, "invitation-sent", null, null);
	}

	/** An administrator's edit; refused if the account changed since {@code version}. */
	@Override
	@Transactional
	public AccountView update(UUID id, long version, AccountDetails details) {
		Account account = loadAt(id, version);
		AccountView before = account.view();
		requireFreeAddress(details.email(), id);
		if (before.has(Role.SECRETARIAT_ADMIN) && !details.roles().contains(Role.SECRETARIAT_ADMIN)) {
			requireAnotherAdministrator(id);
		}
		this.workflow.describe(account, details, now());
		AccountView after = this.accounts.save(account).view();
		this.audit.record(AUDITED_AS, id, "updated", before, after);
		if (!before.roles().equals(after.roles()) || !before.organizations().equals(after.organizations())
				|| !Objects.equals(before.country(), after.country())) {
			this.workflow.refreshSessions(account);
		}
		return after;
	}

	@Override
	@Transactional
	public AccountView disable(UUID id) {
		Account account = load(id);
		AccountView before = account.view();
		if (before.has(Role.SECRETARIAT_ADMIN)) {
			requireAnotherAdministrator(id);
		}
		this.workflow.disable(account, now());
		AccountView after = this.accounts.save(account).view();
		this.audit.record(AUDITED_AS, id, "disabled", before, after);
		this.workflow.endSessions(id);
		return after;
	}

	@Override
	@Transactional
	public AccountView enable(UUID id) {
		Account account = load(id);
		AccountView before = account.view();
		this.workflow.enable(account, now());
		AccountView after = this.accounts.save(account).view();
		this.audit.record(AUDITED_AS, id, "enabled", before, after);
		return after;
	}

	/** A person edits their own name and language. */
	@Override
	@Transactional
	public AccountView updateProfile(UUID id, long version, String displayName, Language language) {
		Account account = loadAt(id, version);
		AccountView before = account.view();
		this.workflow.describe(account, new AccountDetails(before.email(), displayName, language, before.roles(),
				before.organizations(), before.country()), now());
		AccountView after = this.accounts.save(account).view();
		this.audit.record(AUDITED_AS, id, "profile-updated", before, after);
		return after;
	}

	/**
	 * A person changes their password, proving they know the current one. Their other
	 * sessions end and their API tokens are revoked; they are told by e-mail.
	 * @param currentSession the id of the session they do it in, which stays signed in
	 * @return how many API tokens were revoked
	 */
	@Override
	@Transactional
	public int changePassword(UUID id, String currentPassword, String newPassword, @Nullable String currentSession) {
		Account account = load(id);
		int revoked = this.workflow.changePassword(account, currentPassword, newPassword, currentSession, now());
		this.audit.record(AUDITED_AS, id, "password-changed", null, Map.of("apiTokensRevoked", revoked));
		return revoked;
	}

	/** The interface language a person switched to becomes their account's language. */
	@Override
	@Transactional
	public void chooseLanguage(UUID id, Language language) {
		Account account = load(id);
		AccountView before = account.view();
		if (before.language() != language) {
			this.workflow.chooseLanguage(account, language, now());
			AccountView after = this.accounts.save(account).view();
			this.audit.record(AUDITED_AS, id, "language-chosen", before, after);
		}
	}

	/**
	 * Makes an account a member of an organization (adding the member role if needed).
	 * Its sessions go on with the new membership; nobody is signed out by it.
	 */
	@Override
	@Transactional
	public AccountView addMembership(UUID id, UUID organization) {
		Account account = load(id);
		AccountView before = account.view();
		this.workflow.join(account, organization, now());
		Account saved = this.accounts.save(account);
		AccountView after = saved.view();
		this.audit.record(AUDITED_AS, id, "membership-added", before, after);
		this.workflow.refreshSessions(saved);
		return after;
	}

	@Override
	@Transactional
	public AccountView removeMembership(UUID id, UUID organization) {
		Account account = load(id);
		AccountView before = account.view();
		this.workflow.leave(account, organization, now());
		Account saved = this.accounts.save(account);
		AccountView after = saved.view();
		this.audit.record(AUDITED_AS, id, "membership-removed", before, after);
		this.workflow.refreshSessions(saved);
		return after;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AccountView> find(UUID id) {
		return this.accounts.findById(id).map(Account::view);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AccountView> findByEmail(String email) {
		return this.accounts.findByEmailKey(Account.keyOf(email)).map(Account::view);
	}

	@Override
	@Transactional(readOnly = true)
	public AccountPage list(AccountFilter filter, int page, int size) {
		return this.queries.list(filter, page, size);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountView> activeSecretariat() {
		Map<UUID, AccountView> people = new LinkedHashMap<>();
		for (Role role : List.of(Role.SECRETARIAT_OFFICER, Role.SECRETARIAT_ADMIN)) {
			AccountPage found;
			int page = 0;
			do {
				found = this.queries.list(new AccountFilter(null, role, AccountStatus.ACTIVE), page++, 200);
				found.accounts().forEach(account -> people.putIfAbsent(account.id(), account));
			}
			while (found.hasNext());
		}
		return List.copyOf(people.values());
	}

	/** The accounts that act for an organization, by name. */
	@Override
	@Transactional(readOnly = true)
	public List<AccountView> membersOf(UUID organization) {
		return this.accounts.findMembersOf(organization).stream().map(Account::view).toList();
	}

	private Account load(UUID id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException(AUDITED_AS, id));
	}

	private Account loadAt(UUID id, long version) {
		Account account = load(id);
		if (account.version() != version) {
			throw new OptimisticLockingFailureException("Account " + id + " changed since version " + version);
		}
		return account;
	}

	private void requireFreeAddress(String email, @Nullable UUID except) {
		this.accounts.findByEmailKey(Account.keyOf(email))
			.filter(existing -> !existing.id().equals(except))
			.ifPresent(existing -> {
				throw new RuleViolationException("account.rule.email-taken", email.trim());
			});
	}

	/** Nobody may remove the last active administrator: the platform would be locked. */
	private void requireAnotherAdministrator(UUID leaving) {
		Set<UUID> administrators = new HashSet<>(this.queries.activeAdministrators());
		administrators.remove(leaving);
		if (administrators.isEmpty()) {
			throw new RuleViolationException("account.rule.last-administrator");
		}
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
