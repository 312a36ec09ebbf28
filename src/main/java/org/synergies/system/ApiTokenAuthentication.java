package org.synergies.system;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A personal API token presented as {@code Authorization: Bearer …}, not yet verified. An
 * {@link org.springframework.security.authentication.AuthenticationProvider} that
 * supports this type turns it into an authenticated principal.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	/** The {@code WWW-Authenticate} challenge of a 401 from the API. */
	public static final String CHALLENGE = "Bearer realm=\"synergies\"";

	private final String token;

	public ApiTokenAuthentication(String token) {
		super(List.of());
		this.token = token;
		setAuthenticated(false);
	}

	@Override
	public String getCredentials() {
		return this.token;
	}

	@Override
	public Object getPrincipal() {
		return "api-token";
	}

}
