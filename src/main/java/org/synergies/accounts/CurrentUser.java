package org.synergies.accounts;

import java.io.Serializable;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.synergies.shared.CountryCode;
import org.synergies.shared.Language;
import org.synergies.system.Actor;

/**
 * The signed-in person, as every module sees them: identity, roles and scopes. It is the
 * principal of both page sessions and API token requests.
 */
public record CurrentUser(UUID id, String email, String displayName, Language language, Set<Role> roles,
		Set<UUID> organizations, @Nullable CountryCode country) implements Actor, AuthenticatedPrincipal, Serializable {

	public CurrentUser {
		roles = Set.copyOf(roles);
		organizations = Set.copyOf(organizations);
	}

	/** The account as a signed-in person. */
	public static CurrentUser of(AccountView account) {
		return new CurrentUser(account.id(), account.email(), account.displayName(), account.language(),
				account.roles(), account.organizations(), account.country());
	}

	/**
	 * Runs a step as this person, as if they had signed in: for seeding the demo, where
	 * every step is recorded under the person who would have taken it.
	 */
	public <T> T runAs(Supplier<T> step) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(this, null, authorities()));
		SecurityContextHolder.setContext(context);
		try {
			return step.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** The person behind the current request, if signed in. */
	public static Optional<CurrentUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	/** The person behind the current request; refuses anonymous requests. */
	public static CurrentUser require() {
		return get().orElseThrow(() -> new AccessDeniedException("Sign-in required"));
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean isSecretariat() {
		return this.roles.stream().anyMatch(Role::isSecretariat);
	}

	/** Whether this person acts for the organization (as its member). */
	public boolean isMemberOf(UUID organization) {
		return has(Role.ORGANIZATION_MEMBER) && this.organizations.contains(organization);
	}

	public Collection<GrantedAuthority> authorities() {
		return this.roles.stream().map(Role::authority).toList();
	}

	@Override
	public UUID actorId() {
		return this.id;
	}

	@Override
	public String actorName() {
		return this.displayName + " <" + this.email + ">";
	}

	/** The session registry indexes sessions by account id, so they can be ended. */
	@Override
	public String getName() {
		return this.id.toString();
	}

}
