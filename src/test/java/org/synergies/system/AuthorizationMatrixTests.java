package org.synergies.system;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.PersonalTokens;
import org.synergies.accounts.Role;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every endpoint against every kind of user. The table below is the access policy; the
 * test fails when an endpoint exists that the table does not name, so no new page or API
 * call can ship without a decision about who may use it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	/** Who may use an endpoint. */
	enum Access {

		PUBLIC, SIGNED_IN, ADMIN;

		boolean allows(Who who) {
			return switch (this) {
				case PUBLIC -> true;
				case SIGNED_IN -> who != Who.ANONYMOUS;
				case ADMIN -> who == Who.ADMIN;
			};
		}

	}

	enum Who {

		ANONYMOUS(null), ADMIN(Role.SECRETARIAT_ADMIN), OFFICER(Role.SECRETARIAT_OFFICER),
		MEMBER(Role.ORGANIZATION_MEMBER), STANDING_COMMITTEE(Role.STANDING_COMMITTEE_MEMBER),
		FOCAL_POINT(Role.NATIONAL_FOCAL_POINT);

		final Role role;

		Who(Role role) {
			this.role = role;
		}

	}

	record Endpoint(HttpMethod method, String pattern, Access access) {

		String path() {
			return this.pattern.replace("{id}", "00000000-0000-0000-0000-000000000001");
		}

		boolean isApi() {
			return this.pattern.startsWith("/api/");
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

	static final List<Endpoint> POLICY = List.of(new Endpoint(HttpMethod.GET, "/", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/login", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/password/forgot", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/password/forgot", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/password/reset", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/password/reset", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/invitation", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/invitation", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/account", Access.SIGNED_IN),
			new Endpoint(HttpMethod.POST, "/account", Access.SIGNED_IN),
			new Endpoint(HttpMethod.POST, "/account/password", Access.SIGNED_IN),
			new Endpoint(HttpMethod.GET, "/account/tokens", Access.SIGNED_IN),
			new Endpoint(HttpMethod.POST, "/account/tokens", Access.SIGNED_IN),
			new Endpoint(HttpMethod.POST, "/account/tokens/{id}/revoke", Access.SIGNED_IN),
			new Endpoint(HttpMethod.GET, "/admin/accounts", Access.ADMIN),
			new Endpoint(HttpMethod.GET, "/admin/accounts/new", Access.ADMIN),
			new Endpoint(HttpMethod.POST, "/admin/accounts/new", Access.ADMIN),
			new Endpoint(HttpMethod.GET, "/admin/accounts/{id}", Access.ADMIN),
			new Endpoint(HttpMethod.POST, "/admin/accounts/{id}", Access.ADMIN),
			new Endpoint(HttpMethod.POST, "/admin/accounts/{id}/disable", Access.ADMIN),
			new Endpoint(HttpMethod.POST, "/admin/accounts/{id}/enable", Access.ADMIN),
			new Endpoint(HttpMethod.POST, "/admin/accounts/{id}/invitation", Access.ADMIN),
			new Endpoint(HttpMethod.GET, "/admin/outbox", Access.ADMIN),
			new Endpoint(HttpMethod.GET, "/admin/outbox/{id}", Access.ADMIN),
			new Endpoint(HttpMethod.GET, "/api/v1/me", Access.SIGNED_IN),
			new Endpoint(HttpMethod.GET, "/api/v1/me/tokens", Access.SIGNED_IN),
			new Endpoint(HttpMethod.POST, "/api/v1/me/tokens", Access.SIGNED_IN),
			new Endpoint(HttpMethod.DELETE, "/api/v1/me/tokens/{id}", Access.SIGNED_IN));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts fixtures;

	@Autowired
	PersonalTokens tokens;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	final Map<Who, AccountView> accounts = new EnumMap<>(Who.class);

	final Map<Who, String> apiTokens = new EnumMap<>(Who.class);

	@BeforeAll
	void signUpEveryone() {
		for (Who who : Who.values()) {
			if (who.role != null) {
				AccountView account = this.fixtures.active(Language.EN, who.role);
				this.accounts.put(who, account);
				this.apiTokens.put(who,
						TestAccounts.runAs(account, () -> this.tokens.create(account.id(), "matrix", null).secret()));
			}
		}
	}

	@Test
	void thePolicyNamesEveryEndpointTheApplicationHas() {
		Set<String> actual = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error") || pattern.startsWith("/v3/api-docs")
						|| pattern.startsWith("/swagger-ui")) {
					continue;
				}
				info.getMethodsCondition().getMethods().forEach(method -> actual.add(method + " " + pattern));
			}
		}
		Set<String> declared = new TreeSet<>(POLICY.stream().map(Endpoint::toString).toList());
		assertThat(actual).as("endpoints and their access policy").isEqualTo(declared);
	}

	Stream<Arguments> everyEndpointForEveryone() {
		List<Arguments> cases = new ArrayList<>();
		for (Endpoint endpoint : POLICY) {
			for (Who who : Who.values()) {
				cases.add(Arguments.of(endpoint, who));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("everyEndpointForEveryone")
	void accessFollowsThePolicy(Endpoint endpoint, Who who) {
		MvcTestResult result = request(endpoint, who);
		int status = result.getResponse().getStatus();
		if (endpoint.access().allows(who)) {
			assertThat(status).as("allowed, so neither refused nor sent to sign in").isNotIn(401, 403);
			String redirect = result.getResponse().getRedirectedUrl();
			assertThat(redirect == null || !redirect.endsWith("/login")).as("not sent to sign in").isTrue();
		}
		else if (who == Who.ANONYMOUS && endpoint.isApi()) {
			assertThat(status).isEqualTo(401);
		}
		else if (who == Who.ANONYMOUS) {
			assertThat(result.getResponse().getRedirectedUrl()).as("sent to sign in").endsWith("/login");
		}
		else {
			assertThat(status).isEqualTo(403);
		}
	}

	private MvcTestResult request(Endpoint endpoint, Who who) {
		var request = this.mvc.method(endpoint.method()).uri(endpoint.path());
		if (endpoint.isApi()) {
			request.contentType("application/json").content("{}");
			if (who != Who.ANONYMOUS) {
				request.header("Authorization", "Bearer " + this.apiTokens.get(who));
			}
		}
		else {
			request.with(csrf());
			if (who != Who.ANONYMOUS) {
				request.with(TestAccounts.as(this.accounts.get(who)));
			}
		}
		return request.exchange();
	}

}
