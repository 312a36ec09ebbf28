package org.synergies.system.security;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;
import org.synergies.system.Actor;
import org.synergies.system.PublicEndpoints;

/**
 * Two filter chains: the JSON API and the actuator authenticate each request by a
 * personal API token and keep no session; pages use a form login and a session shared by
 * all nodes through the database. Everything not declared public by a module requires
 * sign-in; finer rules sit on the controllers ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String[] ALWAYS_PUBLIC_PAGES = { "/", "/login", "/error", "/assets/**", "/webjars/**",
			"/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };

	@Bean
	AuthenticationManager authenticationManager(List<AuthenticationProvider> providers) {
		return new ProviderManager(providers);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager authenticationManager,
			List<PublicEndpoints> publicEndpoints, ProblemResponses problems) throws Exception {
		String[] publicReads = publicEndpoints.stream()
			.flatMap(endpoints -> endpoints.apiReads().stream())
			.toArray(String[]::new);
		http.securityMatcher("/api/**", "/actuator/**")
			.authenticationManager(authenticationManager)
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(authenticationManager, problems),
					AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("SECRETARIAT_ADMIN")
				.requestMatchers(HttpMethod.GET, publicReads)
				.permitAll()
				.anyRequest()
				.authenticated())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems::unauthorized)
				.accessDeniedHandler(problems::forbidden))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager authenticationManager,
			List<PublicEndpoints> publicEndpoints, LocaleResolver localeResolver) throws Exception {
		String[] publicPages = Stream
			.concat(Stream.of(ALWAYS_PUBLIC_PAGES), publicEndpoints.stream().flatMap(e -> e.pages().stream()))
			.toArray(String[]::new);
		String[] publicReads = publicEndpoints.stream()
			.flatMap(endpoints -> endpoints.pageReads().stream())
			.toArray(String[]::new);
		http.authenticationManager(reportingServerFailures(authenticationManager))
			.authorizeHttpRequests(requests -> requests.requestMatchers(publicPages)
				.permitAll()
				.requestMatchers(HttpMethod.GET, publicReads)
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole("SECRETARIAT_ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.successHandler(rememberLanguage(localeResolver))
				.failureHandler((request, response, exception) -> response
					.sendRedirect(request.getContextPath() + signInFailurePage(exception))))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.addHeaderWriter(new ContentSecurityPolicy())
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(
						permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

	private static String signInFailurePage(AuthenticationException exception) {
		if (exception instanceof LockedException) {
			return "/login?throttled";
		}
		if (exception instanceof AuthenticationServiceException) {
			return "/login?unavailable";
		}
		return "/login?error";
	}

	/**
	 * A sign-in the server could not check (the database failing) is not a wrong
	 * password: it fails as an internal authentication error, which Spring Security logs,
	 * and the sign-in page says so instead of coming back without a word. Only for the
	 * form login: the API answers such failures itself.
	 */
	private static AuthenticationManager reportingServerFailures(AuthenticationManager manager) {
		return authentication -> {
			try {
				return manager.authenticate(authentication);
			}
			catch (AuthenticationException ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				throw new InternalAuthenticationServiceException("The sign-in could not be checked", ex);
			}
		};
	}

	/** After sign-in, the interface switches to the language the account has chosen. */
	private static AuthenticationSuccessHandler rememberLanguage(LocaleResolver localeResolver) {
		SavedRequestAwareAuthenticationSuccessHandler redirect = new SavedRequestAwareAuthenticationSuccessHandler();
		return (request, response, authentication) -> {
			if (authentication.getPrincipal() instanceof Actor actor) {
				localeResolver.setLocale(request, response, actor.language().locale());
			}
			redirect.onAuthenticationSuccess(request, response, authentication);
		};
	}

}
