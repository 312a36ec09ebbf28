package org.synergies.system.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.synergies.system.ApiTokenAuthentication;

/**
 * Authenticates an API request carrying {@code Authorization: Bearer <token>}. A request
 * without the header stays anonymous (public reads); a request with an invalid, expired
 * or revoked token is refused outright rather than silently treated as anonymous.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final AuthenticationManager authenticationManager;

	private final ProblemResponses problems;

	BearerTokenFilter(AuthenticationManager authenticationManager, ProblemResponses problems) {
		this.authenticationManager = authenticationManager;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			chain.doFilter(request, response);
			return;
		}
		try {
			Authentication authentication = this.authenticationManager
				.authenticate(new ApiTokenAuthentication(header.substring(PREFIX.length()).trim()));
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(authentication);
			SecurityContextHolder.setContext(context);
			chain.doFilter(request, response);
		}
		catch (AuthenticationException exception) {
			SecurityContextHolder.clearContext();
			this.problems.unauthorized(request, response, exception);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
