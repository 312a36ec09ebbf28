package org.synergies.system;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A personal API token presented as {@code Authorization: Bearer …}: first not yet
 * verified; an {@link org.springframework.security.authentication.AuthenticationProvider}
 * that supports this type verifies it and answers {@link #verified} with the token's
 * owner. The type stays, so that what only a signed-in person may do (create tokens) can
 * tell a request made with a token from one made in a browser session.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	/** The {@code WWW-Authenticate} challenge of a 401 from the API. */
	public static final String CHALLENGE = "Bearer realm=\"synergies\"";

	private final String token;

	private final @Nullable Object owner;

	public ApiTokenAuthentication(String token) {
		super(List.of());
		this.token = token;
		this.owner = null;
		setAuthenticated(false);
	}

	private ApiTokenAuthentication(Object owner, Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.token = "";
		this.owner = owner;
		super.setAuthenticated(true);
	}

	/**
	 * A verified token: its owner, with the owner's authorities (the secret is dropped).
	 */
	public static ApiTokenAuthentication verified(Object owner, Collection<? extends GrantedAuthority> authorities) {
		return new ApiTokenAuthentication(owner, authorities);
	}

	@Override
	public String getCredentials() {
		return this.token;
	}

	@Override
	public Object getPrincipal() {
		return this.owner == null ? "api-token" : this.owner;
	}

}
