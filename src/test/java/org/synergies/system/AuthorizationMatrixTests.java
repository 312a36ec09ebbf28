package org.synergies.system;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
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
import org.synergies.accounts.AccountDetails;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.shared.Language;
import org.synergies.files.SampleFiles;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.ReportingCycles;
import org.synergies.reporting.Reports;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;
import org.synergies.support.TestOrganizations;
import org.synergies.support.TestReporting;

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

		PUBLIC, SIGNED_IN, ADMIN,
		/** Secretariat administrators and officers. */
		SECRETARIAT,
		/** The Secretariat and the members of the organization in the path. */
		EDITOR,
		/**
		 * Who reads drafts of the process: the Secretariat and the Standing Committee.
		 */
		DRAFTS,
		/**
		 * Who sees the application in the path: the Secretariat, its applicant, the
		 * Committee.
		 */
		CAN_SEE,
		/** The members of the organization that made the application in the path. */
		APPLICANT,
		/** Standing Committee members (on an application forwarded to them). */
		COMMITTEE,
		/** The members of the organization whose report is in the path (or is named). */
		REPORTER,
		/**
		 * Who sees the unpublished report in the path: the Secretariat and the reporting
		 * organization's members.
		 */
		CAN_SEE_REPORT,
		/** Nobody: refused even to the signed-in (an API token cannot create tokens). */
		NOBODY;

		boolean allows(Who who) {
			return switch (this) {
				case PUBLIC -> true;
				case SIGNED_IN -> who != Who.ANONYMOUS;
				case ADMIN -> who == Who.ADMIN;
				case SECRETARIAT -> who == Who.ADMIN || who == Who.OFFICER;
				case EDITOR -> who == Who.ADMIN || who == Who.OFFICER || who == Who.MEMBER;
				case DRAFTS -> who == Who.ADMIN || who == Who.OFFICER || who == Who.STANDING_COMMITTEE;
				case CAN_SEE ->
					who == Who.ADMIN || who == Who.OFFICER || who == Who.MEMBER || who == Who.STANDING_COMMITTEE;
				case APPLICANT -> who == Who.MEMBER;
				case COMMITTEE -> who == Who.STANDING_COMMITTEE;
				case REPORTER -> who == Who.MEMBER;
				case CAN_SEE_REPORT -> who == Who.ADMIN || who == Who.OFFICER || who == Who.MEMBER;
				case NOBODY -> false;
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

		/**
		 * Path variables: {id} is the member's application on application paths, its
		 * organization's draft report on report paths, the cycle it is invited to on
		 * cycle paths, the reporting format in force on format paths, and the member's
		 * organization elsewhere; other variables are unknown ids.
		 */
		String path(Ids ids) {
			UUID id = this.pattern.contains("/applications/{id}") ? ids.application()
					: this.pattern.contains("/reports/{id}") ? ids.report() : this.pattern.contains("/cycles/{id}")
							? ids.cycle()
							: this.pattern.contains("/reporting/templates/{id}") ? ids.template() : ids.organization();
			return this.pattern.replace("{id}", id.toString())
				.replaceAll("\\{[a-zA-Z]+}", "00000000-0000-0000-0000-000000000001");
		}

		boolean isApi() {
			return this.pattern.startsWith("/api/");
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

	record Ids(UUID organization, UUID application, UUID report, UUID cycle, UUID template) {
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
			// only the invited person's own invitation is found: another id answers 404
			new Endpoint(HttpMethod.GET, "/account/invitations", Access.SIGNED_IN),
			new Endpoint(HttpMethod.POST, "/account/invitations/{invitation}/accept", Access.SIGNED_IN),
			new Endpoint(HttpMethod.POST, "/account/invitations/{invitation}/decline", Access.SIGNED_IN),
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
			new Endpoint(HttpMethod.GET, "/organizations", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/organizations/{id}", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/organizations/export.csv", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/organizations/export.xlsx", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/organizations/similar", Access.SIGNED_IN),
			new Endpoint(HttpMethod.GET, "/organizations/new", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/organizations/new", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/organizations/{id}/edit", Access.EDITOR),
			new Endpoint(HttpMethod.POST, "/organizations/{id}/edit", Access.EDITOR),
			new Endpoint(HttpMethod.GET, "/organizations/{id}/contacts/new", Access.EDITOR),
			new Endpoint(HttpMethod.POST, "/organizations/{id}/contacts/new", Access.EDITOR),
			new Endpoint(HttpMethod.GET, "/organizations/{id}/contacts/{contact}", Access.EDITOR),
			new Endpoint(HttpMethod.POST, "/organizations/{id}/contacts/{contact}", Access.EDITOR),
			new Endpoint(HttpMethod.POST, "/organizations/{id}/contacts/{contact}/remove", Access.EDITOR),
			new Endpoint(HttpMethod.POST, "/organizations/{id}/archive", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/organizations/{id}/restore", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/organizations/{id}/merge", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/organizations/{id}/merge", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/organizations/{id}/members", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/organizations/{id}/members/{account}/remove", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/organizations/import", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/organizations/import", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/organizations/import/{importId}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/organizations/import/{importId}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/organizations", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/api/v1/organizations/{id}", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/api/v1/organizations", Access.SECRETARIAT),
			new Endpoint(HttpMethod.PUT, "/api/v1/organizations/{id}", Access.EDITOR),
			new Endpoint(HttpMethod.POST, "/api/v1/organizations/{id}/archive", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/organizations/{id}/restore", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/meetings", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/meetings/{id}", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/decisions/{id}", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/meetings/new", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/meetings/new", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/decisions/new", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/decisions/new", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/bodies/new", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/bodies/new", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/bodies", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/api/v1/bodies", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/admin/audit/verification", Access.ADMIN),
			new Endpoint(HttpMethod.GET, "/api/v1/meetings", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/api/v1/meetings/{id}", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/api/v1/meetings", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/decisions", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/api/v1/decisions/{id}", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/api/v1/decisions", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/accreditation", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/accreditation/process", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/accreditation/process/{id}", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/accreditation/process/new", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/accreditation/process/{id}/edit", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/accreditation/process/{id}/edit", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/accreditation/process/{id}/submit", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/accreditation/process/{id}/return", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/accreditation/process/{id}/adopt", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/accreditation/process/{id}/comments", Access.DRAFTS),
			new Endpoint(HttpMethod.GET, "/accreditation/working-groups/{body}", Access.DRAFTS),
			new Endpoint(HttpMethod.POST, "/accreditation/working-groups/{body}/members", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/accreditation/working-groups/{body}/members/{account}/remove",
					Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/accreditation/calls", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/accreditation/calls", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/accreditation/calls/{id}/invite", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/accreditation/applications", Access.SIGNED_IN),
			new Endpoint(HttpMethod.POST, "/accreditation/applications", Access.APPLICANT),
			new Endpoint(HttpMethod.GET, "/accreditation/applications/{id}", Access.CAN_SEE),
			new Endpoint(HttpMethod.POST, "/accreditation/applications/{id}/answers", Access.APPLICANT),
			new Endpoint(HttpMethod.POST, "/accreditation/applications/{id}/documents/{code}", Access.APPLICANT),
			new Endpoint(HttpMethod.POST, "/accreditation/applications/{id}/evidence/{criterion}", Access.APPLICANT),
			new Endpoint(HttpMethod.POST, "/accreditation/applications/{id}/submit", Access.APPLICANT),
			new Endpoint(HttpMethod.POST, "/accreditation/applications/{id}/questions/{question}/answer",
					Access.APPLICANT),
			new Endpoint(HttpMethod.POST, "/accreditation/applications/{id}/questions", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/accreditation/applications/{id}/return", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/accreditation/applications/{id}/close", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/accreditation/applications/{id}/forward", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/accreditation/applications/{id}/recommendation", Access.COMMITTEE),
			new Endpoint(HttpMethod.POST, "/accreditation/applications/{id}/decision", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/accreditation/applications/{id}/correction", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/accreditation/applications/{id}/files/{file}", Access.CAN_SEE),
			new Endpoint(HttpMethod.GET, "/accreditation/register", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/accreditation/register/{id}/suspend", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/accreditation/register/{id}/withdraw", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/accreditation/register/{id}/reinstate", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/accreditation/register/warnings", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/accreditation/register/document", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/accreditation/process", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/api/v1/accreditation/process/{id}", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/api/v1/accreditation/process", Access.SECRETARIAT),
			new Endpoint(HttpMethod.PUT, "/api/v1/accreditation/process/{id}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/accreditation/process/{id}/submit", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/accreditation/process/{id}/return", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/accreditation/process/{id}/adopt", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/accreditation/process/{id}/comments", Access.DRAFTS),
			new Endpoint(HttpMethod.POST, "/api/v1/accreditation/process/{id}/comments", Access.DRAFTS),
			new Endpoint(HttpMethod.GET, "/api/v1/accreditation/working-groups/{body}/members", Access.DRAFTS),
			new Endpoint(HttpMethod.POST, "/api/v1/accreditation/working-groups/{body}/members", Access.SECRETARIAT),
			new Endpoint(HttpMethod.DELETE, "/api/v1/accreditation/working-groups/{body}/members/{account}",
					Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/accreditation/calls", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/accreditation/calls/open", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/api/v1/accreditation/calls", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/accreditation/calls/{id}/invitations", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/accreditation/register", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/api/v1/accreditation/register/expiring", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/accreditation/register/{id}/suspend", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/accreditation/register/{id}/withdraw", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/accreditation/register/{id}/reinstate", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/accreditation/register/document", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/accreditation/applications", Access.SIGNED_IN),
			new Endpoint(HttpMethod.POST, "/api/v1/accreditation/applications", Access.APPLICANT),
			new Endpoint(HttpMethod.GET, "/api/v1/accreditation/applications/{id}", Access.CAN_SEE),
			new Endpoint(HttpMethod.GET, "/api/v1/accreditation/applications/{id}/missing", Access.CAN_SEE),
			new Endpoint(HttpMethod.PUT, "/api/v1/accreditation/applications/{id}/answers", Access.APPLICANT),
			new Endpoint(HttpMethod.POST, "/api/v1/accreditation/applications/{id}/documents/{code}", Access.APPLICANT),
			new Endpoint(HttpMethod.POST, "/api/v1/accreditation/applications/{id}/evidence/{criterion}",
					Access.APPLICANT),
			new Endpoint(HttpMethod.POST, "/api/v1/accreditation/applications/{id}/submit", Access.APPLICANT),
			new Endpoint(HttpMethod.POST, "/api/v1/accreditation/applications/{id}/questions/{question}/answer",
					Access.APPLICANT),
			new Endpoint(HttpMethod.POST, "/api/v1/accreditation/applications/{id}/questions", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/accreditation/applications/{id}/return", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/accreditation/applications/{id}/close", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/accreditation/applications/{id}/forward", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/accreditation/applications/{id}/recommendations", Access.COMMITTEE),
			new Endpoint(HttpMethod.POST, "/api/v1/accreditation/applications/{id}/decisions", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/accreditation/applications/{id}/corrections", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/accreditation/applications/{id}/files/{file}", Access.CAN_SEE),
			new Endpoint(HttpMethod.GET, "/reporting", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/reporting/templates", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/reporting/templates/{id}", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/reporting/templates", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/reporting/templates/{id}/edit", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/reporting/templates/{id}/edit", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/reporting/templates/{id}/source", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/reporting/templates/{id}/source", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/reporting/templates/{id}/submit", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/reporting/templates/{id}/return", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/reporting/templates/{id}/adopt", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/reporting/cycles/new", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/reporting/cycles/new", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/reporting/cycles/{id}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/reporting/cycles/{id}/schedule", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/reporting/cycles/{id}/invitations", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/reporting/cycles/{id}/invitations/{organization}/remove",
					Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/reporting/cycles/{id}/extensions", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/reporting/cycles/{id}/rates", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/reporting/cycles/{id}/compilations", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/reporting/cycles/{id}/figures", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/reporting/cycles/{id}/figures/lines", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/reporting/compilations/{job}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/reporting/compilations/{job}/{format}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/reporting/reports", Access.REPORTER),
			new Endpoint(HttpMethod.GET, "/reporting/reports/{id}", Access.CAN_SEE_REPORT),
			new Endpoint(HttpMethod.POST, "/reporting/reports/{id}/save", Access.REPORTER),
			new Endpoint(HttpMethod.POST, "/reporting/reports/{id}/autosave", Access.REPORTER),
			new Endpoint(HttpMethod.POST, "/reporting/reports/{id}/files", Access.REPORTER),
			new Endpoint(HttpMethod.GET, "/reporting/reports/{id}/files/{file}", Access.CAN_SEE_REPORT),
			new Endpoint(HttpMethod.POST, "/reporting/reports/{id}/submit", Access.REPORTER),
			new Endpoint(HttpMethod.POST, "/reporting/reports/{id}/colleagues", Access.REPORTER),
			new Endpoint(HttpMethod.POST, "/reporting/reports/{id}/return", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/reporting/reports/{id}/accept", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/reporting/reports/{id}/visibility", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/reporting/templates", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/api/v1/reporting/templates/{id}", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/api/v1/reporting/templates", Access.SECRETARIAT),
			new Endpoint(HttpMethod.PUT, "/api/v1/reporting/templates/{id}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/reporting/templates/{id}/submit", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/reporting/templates/{id}/return", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/reporting/templates/{id}/adopt", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/reporting/cycles", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/api/v1/reporting/cycles/{id}", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/api/v1/reporting/cycles", Access.SECRETARIAT),
			new Endpoint(HttpMethod.PUT, "/api/v1/reporting/cycles/{id}/schedule", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/reporting/cycles/{id}/invitations", Access.SECRETARIAT),
			new Endpoint(HttpMethod.DELETE, "/api/v1/reporting/cycles/{id}/invitations/{organization}",
					Access.SECRETARIAT),
			new Endpoint(HttpMethod.PUT, "/api/v1/reporting/cycles/{id}/rates", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/reporting/cycles/{id}/extensions", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/reporting/cycles/{id}/overview", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/reporting/cycles/{id}/notices", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/reporting/cycles/{id}/figures", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/api/v1/reporting/cycles/{id}/figures/lines", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/reporting/reports", Access.SIGNED_IN),
			new Endpoint(HttpMethod.GET, "/api/v1/reporting/reports/published", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/api/v1/reporting/reports", Access.REPORTER),
			new Endpoint(HttpMethod.GET, "/api/v1/reporting/reports/{id}", Access.CAN_SEE_REPORT),
			new Endpoint(HttpMethod.PUT, "/api/v1/reporting/reports/{id}/answers", Access.REPORTER),
			new Endpoint(HttpMethod.POST, "/api/v1/reporting/reports/{id}/files", Access.REPORTER),
			new Endpoint(HttpMethod.GET, "/api/v1/reporting/reports/{id}/files/{file}", Access.CAN_SEE_REPORT),
			new Endpoint(HttpMethod.POST, "/api/v1/reporting/reports/{id}/submit", Access.REPORTER),
			new Endpoint(HttpMethod.POST, "/api/v1/reporting/reports/{id}/colleagues", Access.REPORTER),
			new Endpoint(HttpMethod.GET, "/api/v1/reporting/reports/{id}/colleagues", Access.CAN_SEE_REPORT),
			new Endpoint(HttpMethod.POST, "/api/v1/reporting/reports/{id}/return", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/reporting/reports/{id}/accept", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/reporting/reports/{id}/visibility", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/reporting/compilations", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/reporting/compilations/{id}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/reporting/compilations/{id}/{format}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/me", Access.SIGNED_IN),
			new Endpoint(HttpMethod.GET, "/api/v1/me/tokens", Access.SIGNED_IN),
			new Endpoint(HttpMethod.POST, "/api/v1/me/tokens", Access.NOBODY),
			new Endpoint(HttpMethod.DELETE, "/api/v1/me/tokens/{id}", Access.SIGNED_IN));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts fixtures;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	final Map<Who, AccountView> accounts = new EnumMap<>(Who.class);

	final Map<Who, String> apiTokens = new EnumMap<>(Who.class);

	UUID organization;

	Ids ids;

	@Autowired
	TestAccreditation accreditation;

	@Autowired
	TestReporting reporting;

	@Autowired
	ReportingCycles cycles;

	@Autowired
	Reports reports;

	@BeforeAll
	void signUpEveryone() {
		this.organization = this.organizations.ngo().id();
		for (Who who : Who.values()) {
			if (who.role != null) {
				AccountView account = who == Who.MEMBER
						? this.fixtures.active(new AccountDetails(TestAccounts.uniqueEmail("member"), "Member",
								Language.EN, Set.of(Role.ORGANIZATION_MEMBER), Set.of(this.organization), null))
						: this.fixtures.active(Language.EN, who.role);
				this.accounts.put(who, account);
				this.apiTokens.put(who, this.fixtures.apiToken(account));
			}
		}
		this.accreditation.processInForceWithOpenCall();
		UUID application = this.accreditation.forwarded(this.organization, this.accounts.get(Who.MEMBER)).id();
		UUID template = this.reporting.templateInForce().id();
		CycleView cycle = this.reporting.openCycle();
		this.cycles.invite(cycle.id(), this.organization);
		UUID report = TestAccounts
			.runAs(this.accounts.get(Who.MEMBER), () -> this.reports.start(cycle.id(), this.organization, false))
			.id();
		this.ids = new Ids(this.organization, application, report, cycle.id(), template);
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

	/**
	 * A well-formed request, so that only the caller's rights decide the answer: a JSON
	 * body with every field the API's records read, a file for uploads.
	 */
	private MvcTestResult request(Endpoint endpoint, Who who) {
		String path = endpoint.path(this.ids);
		if (endpoint.pattern().contains("/documents/") || endpoint.pattern().contains("/evidence/")
				|| (endpoint.method() == HttpMethod.POST && endpoint.pattern().endsWith("/files"))) {
			var upload = this.mvc.post()
				.uri(path)
				.multipart()
				.file("file", SampleFiles.pdf())
				.param("path", "publications");
			if (endpoint.isApi()) {
				if (who != Who.ANONYMOUS) {
					upload.header("Authorization", "Bearer " + this.apiTokens.get(who));
				}
			}
			else {
				upload.with(csrf());
				if (who != Who.ANONYMOUS) {
					upload.with(TestAccounts.as(this.accounts.get(who)));
				}
			}
			return upload.exchange();
		}
		var request = this.mvc.method(endpoint.method())
			.uri(path)
			.param("organization", this.organization.toString())
			.param("version", "0")
			.param("dimension", "INSTRUMENT");
		if (endpoint.isApi()) {
			request.contentType("application/json").content(BODY.replace("ORGANIZATION", this.organization.toString()));
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

	static final String BODY = """
			{"organization": "ORGANIZATION", "version": 0, "reason": "matrix", "question": "q", "answer": "a",
			 "recommendation": "APPROVE", "outcome": "ACCREDIT", "decision": "00000000-0000-0000-0000-000000000001",
			 "text": "t", "answers": {}, "email": "nobody@example.org", "represents": "NGO", "name": "n",
			 "content": {"criteria": [], "documents": []}, "cycle": "00000000-0000-0000-0000-000000000001",
			 "visibility": "INTERNAL", "rates": {}, "language": "EN", "comment": "c"}""";

}
