package org.synergies.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.synergies.accounts.AccountDetails;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.system.MatrixScenes.Scene;
import org.synergies.shared.Language;
import org.synergies.files.SampleFiles;
import org.synergies.reporting.internal.ReportingCycles;
import org.synergies.reporting.internal.Reports;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;
import org.synergies.support.TestOrganizations;
import org.synergies.support.TestAccreditation.Ngo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every endpoint against every kind of user. The table below is the access policy; the
 * test fails when an endpoint exists that the table does not name, so no new page or API
 * call can ship without a decision about who may use it.
 * <p>
 * Object-level authorization: besides the roles, a member of <em>another</em>
 * organization (an applicant and reporter in its own right) tries every endpoint on the
 * first organization's profile, contacts, application and report, and must be refused
 * (403, or 404 where the record is not even shown to them). A national focal point of
 * another country is not a separate column either: {@link Who#FOCAL_POINT} is a focal
 * point for Germany, allowed on the endpoints of its own country ({@link Access#COUNTRY},
 * {@link Access#ADDRESSEE}), and {@code aFocalPointOfAnotherCountryIsRefused} and
 * {@code aFocalPointAnswersForItsOwnCountryOnly} send it to France's records.
 * <p>
 * "Allowed" means answered: 2xx or 3xx, never a refusal, never a server error, never
 * another 4xx, and a page's action is not sent back with a refusal flashed.
 * {@link MatrixScenes} sends each allowed caller a request that succeeds (records that
 * exist and are in the state the action needs, a valid body); refused callers are sent
 * the same kind of request on the shared records. Runs on H2 and, as a
 * {@link DatabaseTest}, on PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
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
		/**
		 * The Secretariat and the national focal points of the country in the path
		 * ({@link Who#FOCAL_POINT}'s own: a focal point of another country is tried by
		 * {@code aFocalPointOfAnotherCountryIsRefused}).
		 */
		COUNTRY,
		/**
		 * Who answers notifications: national focal points (for their own country; a
		 * focal point of another country is tried by
		 * {@code aFocalPointAnswersForItsOwnCountryOnly}) and organization members (for
		 * their own organization, addressed or not).
		 */
		ADDRESSEE,
		/** The Secretariat (recording a contribution) and those who answer. */
		ADDRESSEE_OR_SECRETARIAT,
		/**
		 * The Secretariat and the translator the courtesy translation in the path is
		 * assigned to: the scene's acting account stands for {@link Who#MEMBER} (a
		 * translator, see {@link NotificationScenes}); an organization's member, a focal
		 * point or a Committee member is no translator.
		 */
		TRANSLATOR,
		/** Nobody: refused even to the signed-in (an API token cannot create tokens). */
		NOBODY;

		/**
		 * Organization members are allowed only where the organization is theirs:
		 * {@link Who#MEMBER} is a member of the organization in the path,
		 * {@link Who#OTHER_MEMBER} never is.
		 */
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
				case COUNTRY -> who == Who.ADMIN || who == Who.OFFICER || who == Who.FOCAL_POINT;
				case ADDRESSEE -> who == Who.MEMBER || who == Who.OTHER_MEMBER || who == Who.FOCAL_POINT;
				case ADDRESSEE_OR_SECRETARIAT -> who == Who.ADMIN || who == Who.OFFICER || who == Who.MEMBER
						|| who == Who.OTHER_MEMBER || who == Who.FOCAL_POINT;
				case TRANSLATOR -> who == Who.ADMIN || who == Who.OFFICER || who == Who.MEMBER;
				case NOBODY -> false;
			};
		}

	}

	enum Who {

		ANONYMOUS(null), ADMIN(Role.SECRETARIAT_ADMIN), OFFICER(Role.SECRETARIAT_OFFICER),
		/**
		 * A member of the organization whose profile, application or report is in the
		 * path.
		 */
		MEMBER(Role.ORGANIZATION_MEMBER), STANDING_COMMITTEE(Role.STANDING_COMMITTEE_MEMBER),
		FOCAL_POINT(Role.NATIONAL_FOCAL_POINT),
		/**
		 * A member of another organization, with an application and a report of its own.
		 */
		OTHER_MEMBER(Role.ORGANIZATION_MEMBER);

		final Role role;

		Who(Role role) {
			this.role = role;
		}

	}

	record Endpoint(HttpMethod method, String pattern, Access access) {

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
			new Endpoint(HttpMethod.GET, "/accreditation/register/proposals", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/accreditation/register/proposals/{id}/decision", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/accreditation/register/{id}/history", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/accreditation/process", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/api/v1/accreditation/process/{id}", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/api/v1/accreditation/process", Access.SECRETARIAT),
			new Endpoint(HttpMethod.PUT, "/api/v1/accreditation/process/{id}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/accreditation/process/{id}/non-reporting", Access.PUBLIC),
			new Endpoint(HttpMethod.PUT, "/api/v1/accreditation/process/{id}/non-reporting", Access.SECRETARIAT),
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
			new Endpoint(HttpMethod.POST, "/reporting/templates/{id}/comments", Access.DRAFTS),
			new Endpoint(HttpMethod.GET, "/reporting/cycles/new", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/reporting/cycles/new", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/reporting/cycles/{id}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/reporting/cycles/{id}/schedule", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/reporting/cycles/{id}/invitations", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/reporting/cycles/{id}/invitations/{organization}/remove",
					Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/reporting/cycles/{id}/extensions", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/reporting/cycles/{id}/rates", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/reporting/cycles/{id}/rates/{currency}/remove", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/reporting/cycles/{id}/compilations", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/reporting/cycles/{id}/compilations", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/reporting/cycles/{id}/compilations/symbol", Access.SECRETARIAT),
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
			new Endpoint(HttpMethod.GET, "/api/v1/reporting/templates/{id}/comments", Access.DRAFTS),
			new Endpoint(HttpMethod.POST, "/api/v1/reporting/templates/{id}/comments", Access.DRAFTS),
			new Endpoint(HttpMethod.GET, "/api/v1/reporting/cycles", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/api/v1/reporting/cycles/{id}", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/api/v1/reporting/cycles", Access.SECRETARIAT),
			new Endpoint(HttpMethod.PUT, "/api/v1/reporting/cycles/{id}/schedule", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/reporting/cycles/{id}/invitations", Access.SECRETARIAT),
			new Endpoint(HttpMethod.DELETE, "/api/v1/reporting/cycles/{id}/invitations/{organization}",
					Access.SECRETARIAT),
			new Endpoint(HttpMethod.PUT, "/api/v1/reporting/cycles/{id}/rates", Access.SECRETARIAT),
			new Endpoint(HttpMethod.PUT, "/api/v1/reporting/cycles/{id}/rates/{currency}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.DELETE, "/api/v1/reporting/cycles/{id}/rates/{currency}", Access.SECRETARIAT),
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
			new Endpoint(HttpMethod.DELETE, "/api/v1/me/tokens/{id}", Access.SIGNED_IN),
			// agreements (branch agreements): the public reads what is no longer under
			// negotiation; the Secretariat records and changes
			new Endpoint(HttpMethod.GET, "/agreements", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/agreements/export.csv", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/agreements/export.xlsx", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/agreements/{id}", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/agreements/{id}/files/{file}", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/agreements/new", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/agreements/new", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/agreements/{id}/edit", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/agreements/{id}/edit", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/agreements/{id}/signature", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/agreements/{id}/entry-into-force", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/agreements/{id}/files", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/agreements", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/api/v1/agreements/{id}", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/api/v1/agreements", Access.SECRETARIAT),
			new Endpoint(HttpMethod.PUT, "/api/v1/agreements/{id}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/agreements/{id}/signature", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/agreements/{id}/entry-into-force", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/agreements/{id}/files", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/agreements/{id}/files/{file}", Access.PUBLIC),
			// agreements (branch expiry): the agenda of expiring agreements and the
			// decisions
			// that extend, revise or terminate them; adopted ones are public
			new Endpoint(HttpMethod.GET, "/agreements/agenda", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/agreements/agenda/{meeting}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/agreements/{id}/actions", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/agreements/{id}/actions/{action}/submit", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/agreements/{id}/actions/{action}/adopt", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/agreements/{id}/actions", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/api/v1/agreements/{id}/actions", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/agreements/{id}/actions/{action}/submission", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/agreements/{id}/actions/{action}/adopt", Access.SECRETARIAT),
			// the list of agreements as a document (branch agdocs): the public version
			// for
			// anyone, the one with agreements under negotiation for the Secretariat
			new Endpoint(HttpMethod.GET, "/agreements/document", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/agreements/document/internal", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/agreements/document", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/api/v1/agreements/document/internal", Access.SECRETARIAT),
			// mandates (branch mandates): the public reads adopted resolutions and
			// decisions,
			// each operative paragraph at its own address; the Secretariat records and
			// enters
			// them and reads drafts
			new Endpoint(HttpMethod.GET, "/mandates", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/mandates/{slug}", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/mandates/{slug}/rev-{revision}", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/mandates/{slug}/para-{paragraph}", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/mandates/{slug}/rev-{revision}/para-{paragraph}", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/mandates/new", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/mandates/new", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/mandates/texts/{id}/paragraphs", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/mandates/texts/{id}/paragraphs", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/mandates/texts/{id}/paragraphs/{paragraph}/delete", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/mandates", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/api/v1/mandates/{id}", Access.PUBLIC),
			// mandates: DOCX import with preview, repeals, API writes (branch m1)
			new Endpoint(HttpMethod.GET, "/mandates/texts/{id}/import", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/mandates/texts/{id}/import", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/mandates/texts/{id}/import/{importId}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/mandates/texts/{id}/import/{importId}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/mandates/texts/{id}/repeals", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/mandates", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/mandates/{id}/paragraphs", Access.SECRETARIAT),
			new Endpoint(HttpMethod.DELETE, "/api/v1/mandates/{id}/paragraphs/{paragraph}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/mandates/{id}/import", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/mandates/{id}/repeals", Access.SECRETARIAT),
			// amendments to resolutions (branch m2): the Secretariat drafts, changes,
			// submits and adopts them; anyone reads adopted amendments, revisions as
			// documents and comparisons
			new Endpoint(HttpMethod.POST, "/mandates/texts/{id}/amendments", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/mandates/amendments/{id}", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/mandates/amendments/{id}/operations", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/mandates/amendments/{id}/submit", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/mandates/amendments/{id}/return", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/mandates/amendments/{id}/adopt", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/mandates/amendments/{id}/document.{format}", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/mandates/{slug}/rev-{revision}/document.{format}", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/mandates/{slug}/compare", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/mandates/{slug}/compare/document.{format}", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/api/v1/mandates/{id}/amendments", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/mandates/amendments/{amendment}", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/api/v1/mandates/amendments/{amendment}/operations", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/mandates/amendments/{amendment}/submit", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/mandates/amendments/{amendment}/adoption", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/mandates/{id}/comparison/{other}", Access.PUBLIC),
			// repeals proposed by an amendment (branch h-m1): the Secretariat records and
			// withdraws them on a draft; anyone reads those of an adopted amendment
			new Endpoint(HttpMethod.POST, "/mandates/amendments/{id}/repeals", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/mandates/amendments/{id}/repeals/withdraw", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/mandates/amendments/{amendment}/repeals", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/api/v1/mandates/amendments/{amendment}/repeals", Access.SECRETARIAT),
			new Endpoint(HttpMethod.DELETE, "/api/v1/mandates/amendments/{amendment}/repeals/{text}",
					Access.SECRETARIAT),
			// mandates: annexes (branch h-m2)
			new Endpoint(HttpMethod.GET, "/mandates/{slug}/annex-{annex}", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/mandates/{slug}/rev-{revision}/annex-{annex}", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/mandates/texts/{id}/annexes", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/mandates/texts/{id}/annexes/{number}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/mandates/texts/{id}/annexes/{number}/delete", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/mandates/{id}/annexes", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/api/v1/mandates/{id}/annexes", Access.SECRETARIAT),
			new Endpoint(HttpMethod.PUT, "/api/v1/mandates/{id}/annexes/{number}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.DELETE, "/api/v1/mandates/{id}/annexes/{number}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/mandates/texts/{id}/heading", Access.SECRETARIAT),
			new Endpoint(HttpMethod.PUT, "/api/v1/mandates/{id}/heading", Access.SECRETARIAT),
			// mandates, who must do what (branch m3): addressees, status and notes, links
			// and decisions' periods read by anyone for adopted texts, written by the
			// Secretariat; the decisions lapsing at a meeting and the draft decisions
			// annex
			// are the Secretariat's; other modules' records are linked by the Secretariat
			new Endpoint(HttpMethod.POST, "/mandates/texts/{id}/duty", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/mandates/texts/{id}/duty/notes", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/mandates/texts/{id}/period", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/mandates/texts/{id}/proposal", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/mandates/texts/{id}/links/{link}/delete", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/mandates/meetings", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/mandates/meetings/{meeting}/lapsing", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/mandates/meetings/{meeting}/lapsing/document", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/mandates/meetings/{meeting}/draft-decisions", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/accreditation/process/{id}/mandates", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/reporting/cycles/{id}/mandates", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/agreements/{id}/mandates", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/mandates/{id}/duties", Access.PUBLIC),
			new Endpoint(HttpMethod.PUT, "/api/v1/mandates/{id}/duties", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/mandates/{id}/duties/notes", Access.SECRETARIAT),
			new Endpoint(HttpMethod.PUT, "/api/v1/mandates/{id}/period", Access.SECRETARIAT),
			new Endpoint(HttpMethod.PUT, "/api/v1/mandates/{id}/period/proposal", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/mandates/{id}/links", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/api/v1/mandates/in-force", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/api/v1/mandates/meetings/{meeting}/lapsing", Access.SECRETARIAT),
			// work plans (branch workplans): public reads of accepted progress; the
			// Secretariat plans and reviews; the responsible partner's members report
			new Endpoint(HttpMethod.GET, "/agreements/{id}/work-plan", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/agreements/{id}/work-plan/report", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/agreements/work-plans/late", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/agreements/{id}/work-plan/goals", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/agreements/{id}/work-plan/goals/{goal}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/agreements/{id}/work-plan/deliverables", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/agreements/{id}/work-plan/deliverables/{deliverable}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/agreements/{id}/work-plan/deliverables/{deliverable}/progress",
					Access.EDITOR),
			new Endpoint(HttpMethod.POST, "/agreements/{id}/work-plan/deliverables/{deliverable}/review",
					Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/agreements/{id}/work-plan", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/api/v1/agreements/{id}/work-plan/report", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/api/v1/agreements/work-plans/late", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/agreements/{id}/work-plan/goals", Access.SECRETARIAT),
			new Endpoint(HttpMethod.PUT, "/api/v1/agreements/{id}/work-plan/goals/{goal}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/agreements/{id}/work-plan/deliverables", Access.SECRETARIAT),
			new Endpoint(HttpMethod.PUT, "/api/v1/agreements/{id}/work-plan/deliverables/{deliverable}",
					Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/agreements/{id}/work-plan/deliverables/{deliverable}/progress",
					Access.EDITOR),
			new Endpoint(HttpMethod.POST, "/api/v1/agreements/{id}/work-plan/deliverables/{deliverable}/review",
					Access.SECRETARIAT),
			// partners (branch partners): whom a call invites; private-sector due
			// diligence,
			// never public
			new Endpoint(HttpMethod.GET, "/accreditation/calls/{id}/invitations", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/agreements/{id}/due-diligence", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/agreements/{id}/due-diligence", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/agreements/{id}/due-diligence/{review}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/agreements/{id}/due-diligence/{review}/approval", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/agreements/{id}/due-diligence", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/agreements/{id}/due-diligence", Access.SECRETARIAT),
			new Endpoint(HttpMethod.PUT, "/api/v1/agreements/{id}/due-diligence/{review}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/agreements/{id}/due-diligence/{review}/approval",
					Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/due-diligence-checklists", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/due-diligence-checklists", Access.SECRETARIAT),
			// countries (branch countries): memberships public, focal points' contacts
			// for
			// the signed-in; the Secretariat records; a focal point keeps their country's
			new Endpoint(HttpMethod.GET, "/countries", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/countries/{country}", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/countries/memberships.csv", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/countries/memberships.xlsx", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/countries/focal-points.csv", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/countries/focal-points.xlsx", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/countries/{country}/memberships/new", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/countries/{country}/memberships/new", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/countries/{country}/memberships/{id}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/countries/{country}/memberships/{id}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/countries/{country}/memberships/{id}/remove", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/countries/{country}/focal-points/new", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/countries/{country}/focal-points/new", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/countries/{country}/focal-points/{id}", Access.COUNTRY),
			new Endpoint(HttpMethod.POST, "/countries/{country}/focal-points/{id}", Access.COUNTRY),
			new Endpoint(HttpMethod.POST, "/countries/{country}/focal-points/{id}/remove", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/countries/import", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/countries/import", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/countries/import/{importId}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/countries/import/{importId}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/countries", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/api/v1/countries/treaties", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/api/v1/countries/{country}", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/api/v1/countries/{country}/memberships", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/api/v1/countries/{country}/memberships", Access.SECRETARIAT),
			new Endpoint(HttpMethod.PUT, "/api/v1/countries/{country}/memberships/{id}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.DELETE, "/api/v1/countries/{country}/memberships/{id}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/countries/{country}/focal-points", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/api/v1/countries/{country}/focal-points", Access.SECRETARIAT),
			new Endpoint(HttpMethod.PUT, "/api/v1/countries/{country}/focal-points/{id}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.PUT, "/api/v1/countries/{country}/focal-points/{id}/contact", Access.COUNTRY),
			new Endpoint(HttpMethod.DELETE, "/api/v1/countries/{country}/focal-points/{id}", Access.SECRETARIAT),
			// notifications (branch n1): issued ones public; contributions for the
			// Secretariat and their sender (EDITOR: the matrix organization's member)
			new Endpoint(HttpMethod.GET, "/notifications", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/notifications/{ref}", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/notifications/{ref}/text/{language}", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/notifications/new", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/notifications/new", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/notifications/{ref}/edit", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/notifications/{ref}/edit", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/notifications/{ref}/issue", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/notifications/{ref}/answers", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/notifications/{ref}/contributions/record", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/notifications/{ref}/contribute", Access.ADDRESSEE),
			new Endpoint(HttpMethod.POST, "/notifications/{ref}/contribute", Access.ADDRESSEE),
			new Endpoint(HttpMethod.GET, "/notifications/{ref}/contributions/{contribution}", Access.EDITOR),
			new Endpoint(HttpMethod.POST, "/notifications/{ref}/contributions/{contribution}", Access.EDITOR),
			new Endpoint(HttpMethod.GET, "/notifications/{ref}/contributions/{contribution}/files/{fileId}",
					Access.EDITOR),
			new Endpoint(HttpMethod.GET, "/api/v1/notifications", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/api/v1/notifications/{id}", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/api/v1/notifications", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/api/v1/notifications/{id}/issue", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/notifications/{id}/addressees", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/notifications/{id}/contributions", Access.SIGNED_IN),
			new Endpoint(HttpMethod.POST, "/api/v1/notifications/{id}/contributions", Access.ADDRESSEE_OR_SECRETARIAT),
			new Endpoint(HttpMethod.PUT, "/api/v1/notifications/{id}/contributions/{contribution}", Access.EDITOR),
			// courtesy translations (branch h-t): the Secretariat's steps; the assigned
			// translator's pages; the sender reads them once received
			new Endpoint(HttpMethod.POST, "/notifications/{ref}/contributions/{contribution}/translations/{language}",
					Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET,
					"/notifications/{ref}/contributions/{contribution}/translations/{language}/file", Access.EDITOR),
			new Endpoint(HttpMethod.GET, "/translations", Access.TRANSLATOR),
			new Endpoint(HttpMethod.GET, "/translations/{id}", Access.TRANSLATOR),
			new Endpoint(HttpMethod.POST, "/translations/{id}", Access.TRANSLATOR),
			new Endpoint(HttpMethod.GET, "/translations/{id}/files/{fileId}", Access.TRANSLATOR),
			new Endpoint(HttpMethod.GET, "/api/v1/notifications/{id}/contributions/{contribution}/translations",
					Access.EDITOR),
			new Endpoint(HttpMethod.POST,
					"/api/v1/notifications/{id}/contributions/{contribution}/translations/{language}",
					Access.TRANSLATOR),
			new Endpoint(HttpMethod.POST,
					"/api/v1/notifications/{id}/contributions/{contribution}/translations/{language}/files",
					Access.TRANSLATOR),
			// compilations "as received" (branch h-c): the Secretariat's until published,
			// then public with the contributions they hold
			new Endpoint(HttpMethod.GET, "/notifications/{ref}/compilations", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/notifications/{ref}/compilations", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/notifications/{ref}/compilations/{compilation}", Access.SECRETARIAT),
			new Endpoint(HttpMethod.POST, "/notifications/{ref}/compilations/{compilation}/publish",
					Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/notifications/{ref}/compilations/{compilation}/{format}", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/notifications/{ref}/compiled/{contribution}", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/api/v1/notifications/{id}/compilations", Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/api/v1/notifications/{id}/compilations", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/notifications/{id}/compilations/{compilation}", Access.PUBLIC),
			new Endpoint(HttpMethod.GET, "/api/v1/notifications/{id}/compilations/{compilation}/{format}",
					Access.PUBLIC),
			new Endpoint(HttpMethod.POST, "/api/v1/notifications/{id}/compilations/{compilation}/publish",
					Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/notifications/{id}/summary", Access.SECRETARIAT),
			new Endpoint(HttpMethod.GET, "/api/v1/notifications/{id}/compiled-contributions", Access.PUBLIC));

	/** What pages flash when they send the person back with a refusal. */
	static final Set<String> REFUSALS = Set.of(FlashProblems.ATTRIBUTE, "refused", "memberError", "mergeError",
			"commentError");

	/** An id nothing has. */
	static final String UNKNOWN = "00000000-0000-0000-0000-000000000001";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts fixtures;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	TestAccreditation accreditation;

	@Autowired
	MatrixScenes scenes;

	@Autowired
	CountryScenes countryScenes;

	@Autowired
	NotificationScenes notificationScenes;

	@Autowired
	ReportingCycles cycles;

	@Autowired
	Reports reports;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	final Map<Who, AccountView> accounts = new EnumMap<>(Who.class);

	final Map<Who, String> apiTokens = new EnumMap<>(Who.class);

	MatrixScenes.Shared shared;

	OwnRecords others;

	@BeforeAll
	void signUpEveryone() {
		UUID organization = this.organizations.ngo().id();
		Ngo other = this.accreditation.ngo(Language.EN);
		for (Who who : Who.values()) {
			if (who.role != null) {
				AccountView account = switch (who) {
					case MEMBER -> this.fixtures.active(new AccountDetails(TestAccounts.uniqueEmail("member"), "Member",
							Language.EN, Set.of(Role.ORGANIZATION_MEMBER), Set.of(organization), null));
					case OTHER_MEMBER -> other.member();
					default -> this.fixtures.active(Language.EN, who.role);
				};
				this.accounts.put(who, account);
				this.apiTokens.put(who, this.fixtures.apiToken(account));
			}
		}
		this.shared = this.scenes.shared(organization, this.accounts.get(Who.MEMBER));
		// the other organization applies and reports too, so its member is a real
		// applicant and reporter, not a bystander
		UUID otherApplication = this.accreditation.completeDraft(other).id();
		this.cycles.invite(this.shared.cycle(), other.organization().id());
		UUID otherReport = TestAccounts
			.runAs(other.member(), () -> this.reports.start(this.shared.cycle(), other.organization().id(), false))
			.id();
		this.others = new OwnRecords(other.organization().id(), otherApplication, otherReport);
	}

	/** The other organization's own profile, application and report. */
	record OwnRecords(UUID organization, UUID application, UUID report) {
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

	/**
	 * Adopting a version of the process ends the call open under the one before (a call
	 * belongs to its version, and calls may not overlap), after which nobody can apply:
	 * these endpoints are tried last.
	 */
	static final Set<String> REPLACE_THE_PROCESS_IN_FORCE = Set.of("POST /accreditation/process/{id}/adopt",
			"POST /api/v1/accreditation/process/{id}/adopt", "POST /accreditation/process/new",
			"POST /api/v1/accreditation/process");

	/**
	 * Every endpoint as every kind of user, each a test of its own, named "{endpoint} as
	 * {who}". Dynamic tests rather than a parameterized test: the Spring test listeners
	 * that run around each test method (Mockito's reset walks every bean of the context)
	 * cost a tenth of the matrix's time for the thousands of cases and had nothing to do
	 * here; the one thing they did that matters, clearing the test security context, each
	 * case does itself.
	 */
	@TestFactory
	Stream<DynamicTest> everyEndpointForEveryone() {
		List<Endpoint> endpoints = new ArrayList<>(POLICY);
		endpoints.sort(Comparator.comparing(endpoint -> REPLACE_THE_PROCESS_IN_FORCE.contains(endpoint.toString())));
		return endpoints.stream()
			.flatMap(endpoint -> Stream.of(Who.values()).map(who -> dynamicTest(endpoint + " as " + who, () -> {
				TestSecurityContextHolder.clearContext();
				accessFollowsThePolicy(endpoint, who);
			})));
	}

	void accessFollowsThePolicy(Endpoint endpoint, Who who) throws Exception {
		boolean allowed = endpoint.access().allows(who);
		Scene scene = allowed ? this.scenes.forAllowed(endpoint, sharedScene(endpoint), this.accounts.get(who))
				: sharedScene(endpoint);
		MvcTestResult result = request(endpoint, who, scene);
		int status = result.getResponse().getStatus();
		String answer = status + " " + result.getResponse().getContentAsString();
		assertThat(status).as("never a server error: %s", answer).isLessThan(500);
		if (allowed) {
			assertThat(status).as("allowed, so answered: %s", answer).isBetween(200, 399);
			String redirect = result.getResponse().getRedirectedUrl();
			assertThat(redirect == null || !redirect.endsWith("/login")).as("not sent to sign in").isTrue();
			assertThat(result.getMvcResult().getFlashMap().keySet()).as("a page's action not refused")
				.doesNotContainAnyElementsOf(REFUSALS);
		}
		else if (who == Who.ANONYMOUS && endpoint.isApi()) {
			assertThat(status).isEqualTo(401);
		}
		else if (who == Who.ANONYMOUS) {
			assertThat(result.getResponse().getRedirectedUrl()).as("sent to sign in").endsWith("/login");
		}
		else if (who == Who.OTHER_MEMBER) {
			assertThat(status).as("another organization's record: refused or not shown: %s", answer).isIn(403, 404);
		}
		else {
			assertThat(status).as("%s as %s", answer, this.accounts.get(who)).isEqualTo(403);
		}
	}

	/**
	 * Endpoints that name a record inside another: a contact of a profile, a file or a
	 * question of an application, a file of a report.
	 */
	Stream<Endpoint> recordsInsideOthers() {
		return POLICY.stream()
			.filter(endpoint -> endpoint.access().allows(Who.MEMBER) && endpoint.access() != Access.PUBLIC
					&& endpoint.access() != Access.SIGNED_IN)
			.filter(endpoint -> endpoint.pattern().contains("{contact}") || endpoint.pattern().contains("{file}")
					|| endpoint.pattern().contains("{question}"));
	}

	/**
	 * A member of another organization names a contact, file or question that is not
	 * their organization's under a profile, application or report of their own, which
	 * they may use: not found (and so nothing is read or changed).
	 */
	@TestFactory
	Stream<DynamicTest> recordsOfAnotherOrganizationAreNotReachedThroughOnesOwn() {
		return recordsInsideOthers().map(endpoint -> dynamicTest(endpoint.toString(), () -> {
			TestSecurityContextHolder.clearContext();
			recordsOfAnotherOrganizationAreNotReachedThroughOnesOwn(endpoint);
		}));
	}

	void recordsOfAnotherOrganizationAreNotReachedThroughOnesOwn(Endpoint endpoint) throws Exception {
		String own = (endpoint.pattern().contains("/applications/") ? this.others.application()
				: endpoint.pattern().contains("/reports/") ? this.others.report() : this.others.organization())
			.toString();
		Scene scene = sharedScene(endpoint).with("id", own)
			.with("question", this.shared.question())
			.param("name", "Someone Else")
			.param("email", "someone@example.org")
			.param("language", "EN")
			.param("answer", "Not ours to answer.");
		MvcTestResult result = request(endpoint, Who.OTHER_MEMBER, scene);
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(404);
	}

	/**
	 * A national focal point (of Germany) names an entry of France in an endpoint a
	 * country's focal points may use for their own: refused, nothing changed.
	 */
	@TestFactory
	Stream<DynamicTest> aFocalPointOfAnotherCountryIsRefused() {
		return countryEndpoints().map(endpoint -> dynamicTest(endpoint.toString(), () -> {
			TestSecurityContextHolder.clearContext();
			aFocalPointOfAnotherCountryIsRefused(endpoint);
		}));
	}

	void aFocalPointOfAnotherCountryIsRefused(Endpoint endpoint) throws Exception {
		Scene scene = this.countryScenes.ofAnotherCountry(endpoint, sharedScene(endpoint));
		MvcTestResult result = request(endpoint, Who.FOCAL_POINT, scene);
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isIn(403, 404);
	}

	/**
	 * Germany's national focal point answers a notification in France's name: refused,
	 * nothing recorded.
	 */
	@TestFactory
	Stream<DynamicTest> aFocalPointAnswersForItsOwnCountryOnly() {
		return POLICY.stream()
			.filter(endpoint -> endpoint.method() == HttpMethod.POST
					&& (endpoint.access() == Access.ADDRESSEE || endpoint.access() == Access.ADDRESSEE_OR_SECRETARIAT))
			.map(endpoint -> dynamicTest(endpoint.toString(), () -> {
				TestSecurityContextHolder.clearContext();
				Scene scene = this.notificationScenes.ofAnotherCountry(sharedScene(endpoint));
				MvcTestResult result = request(endpoint, Who.FOCAL_POINT, scene);
				assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString())
					.isEqualTo(403);
			}));
	}

	Stream<Endpoint> countryEndpoints() {
		return POLICY.stream().filter(endpoint -> endpoint.access() == Access.COUNTRY);
	}

	/**
	 * The shared records, each path variable named after what it holds: {id} is the
	 * member's application on application paths, its organization's draft report on
	 * report paths, and so on (see {@link #idFor}); the body names the member's
	 * organization.
	 */
	private Scene sharedScene(Endpoint endpoint) {
		MatrixScenes.Shared records = this.shared;
		Scene scene = new Scene().with("id", idFor(endpoint.pattern()))
			.with("contact", records.contact())
			.with("file",
					endpoint.pattern().contains("/applications/") ? records.applicationFile() : records.reportFile())
			.with("code", "D1")
			.with("criterion", "C2")
			.with("body", records.workingGroup())
			.with("job", records.compilation())
			.with("format", "docx")
			.with("importId", records.importId())
			.with("account", records.member().id())
			.with("organization", records.organization())
			.with("question", UNKNOWN)
			.with("cycle", records.cycle())
			.with("reviewCycle", records.reviewCycle())
			.with("currency", "EUR")
			.param("organization", records.organization())
			.param("version", 0)
			.param("dimension", "INSTRUMENT")
			.param("path", "publications[p1].file");
		scene.json = BODY.replace("ORGANIZATION", records.organization().toString());
		if (NotificationScenes.handles(endpoint)) {
			this.notificationScenes.shared(scene, records.organization(), records.member());
			this.notificationScenes.translations(endpoint, scene);
		}
		return scene;
	}

	/** The shared record an {id} stands for, by the path it is in. */
	private String idFor(String pattern) {
		MatrixScenes.Shared records = this.shared;
		Map<String, Object> byPath = new LinkedHashMap<>();
		byPath.put("/applications/{id}", records.application());
		byPath.put("/reports/{id}", records.report());
		byPath.put("/cycles/{id}", records.cycle());
		byPath.put("/reporting/templates/{id}", records.template());
		byPath.put("/process/{id}", records.process());
		byPath.put("/meetings/{id}", records.meeting());
		byPath.put("/decisions/{id}", records.decision());
		byPath.put("/calls/{id}", records.call());
		byPath.put("/admin/accounts/{id}", records.member().id());
		byPath.put("/admin/outbox/{id}", records.outboxMessage());
		byPath.put("/compilations/{id}", records.compilation());
		byPath.put("/tokens/{id}", UNKNOWN);
		byPath.put("/register/{id}", UNKNOWN);
		return byPath.entrySet()
			.stream()
			.filter(entry -> pattern.contains(entry.getKey()))
			.map(entry -> entry.getValue().toString())
			.findFirst()
			.orElse(records.organization().toString());
	}

	/**
	 * The request, signed in as the caller: a session for pages, a bearer token for the
	 * API. A scene made for an organization of its own has its own member act for it.
	 */
	private MvcTestResult request(Endpoint endpoint, Who who, Scene scene) {
		String path = endpoint.pattern();
		for (Map.Entry<String, String> variable : scene.variables.entrySet()) {
			path = path.replace("{" + variable.getKey() + "}", variable.getValue());
		}
		path = path.replaceAll("\\{[a-zA-Z]+}", UNKNOWN);
		AccountView account = who == Who.MEMBER && scene.member != null ? scene.member : this.accounts.get(who);
		String token = who == Who.MEMBER && scene.member != null ? this.fixtures.apiToken(scene.member)
				: this.apiTokens.get(who);
		if (endpoint.pattern().contains("/documents/") || endpoint.pattern().contains("/evidence/")
				|| (endpoint.method() == HttpMethod.POST && endpoint.pattern().endsWith("/files"))
				|| MandateImportScenes.uploads(endpoint)) {
			var upload = this.mvc.post()
				.uri(path)
				.multipart()
				.file(MandateImportScenes.uploads(endpoint)
						? new MockMultipartFile("file", "resolution.docx",
								"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
								MandateImportScenes.file())
						: new MockMultipartFile("file", "statutes.pdf", "application/pdf", SampleFiles.pdf()));
			scene.params.forEach(upload::param);
			if (endpoint.isApi()) {
				if (who != Who.ANONYMOUS) {
					upload.header("Authorization", "Bearer " + token);
				}
			}
			else {
				upload.with(csrf());
				if (who != Who.ANONYMOUS) {
					upload.with(TestAccounts.as(account));
				}
			}
			return upload.exchange();
		}
		var request = this.mvc.method(endpoint.method()).uri(path);
		scene.params.forEach(request::param);
		if (endpoint.isApi()) {
			request.contentType("application/json").content(scene.json);
			if (who != Who.ANONYMOUS) {
				request.header("Authorization", "Bearer " + token);
			}
		}
		else {
			request.with(csrf());
			if (who != Who.ANONYMOUS) {
				request.with(TestAccounts.as(account));
			}
		}
		return request.exchange();
	}

	/** A body with every field the API's records read, for requests no scene shapes. */
	static final String BODY = """
			{"organization": "ORGANIZATION", "version": 0, "reason": "matrix", "question": "q", "answer": "a",
			 "recommendation": "APPROVE", "outcome": "ACCREDIT", "decision": "00000000-0000-0000-0000-000000000001",
			 "text": "t", "answers": {}, "email": "nobody@example.org", "represents": "NGO", "name": "n",
			 "content": {"criteria": [], "documents": []}, "cycle": "00000000-0000-0000-0000-000000000001",
			 "visibility": "INTERNAL", "rates": {}, "language": "EN", "comment": "c"}""";

}
