package org.synergies.accounts.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.accounts.AccountStatus;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.CurrentUser;
import org.synergies.accounts.Role;
import org.synergies.shared.CountryCode;
import org.synergies.shared.Language;
import org.synergies.shared.RuleViolationException;

/**
 * A person who may sign in. Guards its own life: an invited account becomes active when a
 * password is set through the invitation; only an active account signs in.
 */
@Table("account")
class Account {

	@Id
	private final UUID id;

	private String email;

	private String emailKey;

	private String displayName;

	private Language language;

	private @Nullable String passwordHash;

	private AccountStatus status;

	private @Nullable String country;

	@MappedCollection(idColumn = "account_id")
	private Set<RoleGrant> roles;

	@MappedCollection(idColumn = "account_id")
	private Set<Membership> memberships;

	private final Instant createdAt;

	private Instant updatedAt;

	private @Nullable Instant lastSignInAt;

	@Version
	private @Nullable Long version;

	@Table("account_role")
	record RoleGrant(Role role) {
	}

	@Table("account_organization")
	record Membership(UUID organizationId) {
	}

	@PersistenceCreator
	Account(UUID id, String email, String emailKey, String displayName, Language language,
			@Nullable String passwordHash, AccountStatus status, @Nullable String country, Set<RoleGrant> roles,
			Set<Membership> memberships, Instant createdAt, Instant updatedAt, @Nullable Instant lastSignInAt,
			@Nullable Long version) {
		this.id = id;
		this.email = email;
		this.emailKey = emailKey;
		this.displayName = displayName;
		this.language = language;
		this.passwordHash = passwordHash;
		this.status = status;
		this.country = country;
		this.roles = roles;
		this.memberships = memberships;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.lastSignInAt = lastSignInAt;
		this.version = version;
	}

	static Account invite(String email, String displayName, Language language, Set<Role> roles, Set<UUID> organizations,
			@Nullable CountryCode country, Instant now) {
		Account account = new Account(UUID.randomUUID(), email.trim(), keyOf(email), displayName.trim(), language, null,
				AccountStatus.INVITED, null, Set.of(), Set.of(), now, now, null, null);
		account.assign(roles, organizations, country);
		return account;
	}

	/** The form in which e-mail addresses are compared: trimmed and lower-cased. */
	public static String keyOf(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	void describe(String email, String displayName, Language language, Instant now) {
		this.email = email.trim();
		this.emailKey = keyOf(email);
		this.displayName = displayName.trim();
		this.language = language;
		this.updatedAt = now;
	}

	void chooseLanguage(Language language, Instant now) {
		this.language = language;
		this.updatedAt = now;
	}

	/**
	 * Sets roles and their scopes. A member's role needs at least one organization and a
	 * focal point's a country; a scope without its role is dropped.
	 */
	void assign(Set<Role> roles, Set<UUID> organizations, @Nullable CountryCode country) {
		if (roles.contains(Role.ORGANIZATION_MEMBER) && organizations.isEmpty()) {
			throw new RuleViolationException("account.rule.member-needs-organization");
		}
		if (roles.contains(Role.NATIONAL_FOCAL_POINT) && country == null) {
			throw new RuleViolationException("account.rule.focal-point-needs-country");
		}
		this.roles = roles.stream().map(RoleGrant::new).collect(Collectors.toSet());
		this.memberships = roles.contains(Role.ORGANIZATION_MEMBER)
				? organizations.stream().map(Membership::new).collect(Collectors.toSet()) : Set.of();
		this.country = roles.contains(Role.NATIONAL_FOCAL_POINT) && country != null ? country.value() : null;
	}

	void joinOrganization(UUID organization, Instant now) {
		Set<Role> current = roles();
		current = current.contains(Role.ORGANIZATION_MEMBER) ? current : union(current, Role.ORGANIZATION_MEMBER);
		Set<UUID> organizations = new HashSet<>(organizations());
		organizations.add(organization);
		assign(current, organizations, countryCode());
		this.updatedAt = now;
	}

	void leaveOrganization(UUID organization, Instant now) {
		Set<UUID> organizations = new HashSet<>(organizations());
		organizations.remove(organization);
		Set<Role> current = new HashSet<>(roles());
		if (organizations.isEmpty()) {
			current.remove(Role.ORGANIZATION_MEMBER);
		}
		assign(current, organizations, countryCode());
		this.updatedAt = now;
	}

	/** Sets the first password of an invited account, which becomes active. */
	void activate(String passwordHash, Instant now) {
		if (this.status != AccountStatus.INVITED) {
			throw new RuleViolationException("account.rule.invitation-already-accepted");
		}
		this.passwordHash = passwordHash;
		this.status = AccountStatus.ACTIVE;
		this.updatedAt = now;
	}

	void changePassword(String passwordHash, Instant now) {
		if (this.status != AccountStatus.ACTIVE) {
			throw new RuleViolationException("account.rule.not-active");
		}
		this.passwordHash = passwordHash;
		this.updatedAt = now;
	}

	void disable(Instant now) {
		if (this.status == AccountStatus.DISABLED) {
			throw new RuleViolationException("account.rule.already-disabled");
		}
		this.status = AccountStatus.DISABLED;
		this.updatedAt = now;
	}

	/** Re-enables a disabled account: active again if it had a password, else invited. */
	void enable(Instant now) {
		if (this.status != AccountStatus.DISABLED) {
			throw new RuleViolationException("account.rule.not-disabled");
		}
		this.status = this.passwordHash == null ? AccountStatus.INVITED : AccountStatus.ACTIVE;
		this.updatedAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public String email() {
		return this.email;
	}

	public String displayName() {
		return this.displayName;
	}

	public Language language() {
		return this.language;
	}

	public @Nullable String passwordHash() {
		return this.passwordHash;
	}

	public AccountStatus status() {
		return this.status;
	}

	public boolean isActive() {
		return this.status == AccountStatus.ACTIVE;
	}

	public Set<Role> roles() {
		return this.roles.stream().map(RoleGrant::role).collect(Collectors.toSet());
	}

	public Set<UUID> organizations() {
		return this.memberships.stream().map(Membership::organizationId).collect(Collectors.toSet());
	}

	public @Nullable CountryCode countryCode() {
		return this.country == null ? null : new CountryCode(this.country);
	}

	public long version() {
		return this.version == null ? 0 : this.version;
	}

	public AccountView view() {
		return new AccountView(this.id, this.email, this.displayName, this.language, this.status, roles(),
				organizations(), countryCode(), this.createdAt, this.lastSignInAt, version());
	}

	public CurrentUser principal() {
		return new CurrentUser(this.id, this.email, this.displayName, this.language, roles(), organizations(),
				countryCode());
	}

	private static Set<Role> union(Set<Role> roles, Role role) {
		Set<Role> result = new HashSet<>(roles);
		result.add(role);
		return result;
	}

}
