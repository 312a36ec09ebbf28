package org.synergies.reporting;

import org.synergies.reporting.internal.ReportingCycles;
import org.synergies.reporting.internal.Reports;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.synergies.accounts.internal.AccountAccess;
import org.synergies.accounts.AccountDetails;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountStatus;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.audit.AuditEntry;
import org.synergies.audit.AuditTrail;
import org.synergies.messaging.Outbox;
import org.synergies.messaging.SentMail;
import org.synergies.organizations.InvitationStatus;
import org.synergies.organizations.MembershipInvitationView;
import org.synergies.organizations.OrganizationInvitations;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.Language;
import org.synergies.shared.TooManyRequestsException;
import org.synergies.support.ApiScript;
import org.synergies.support.DatabaseTest;
import org.synergies.support.ServerPages;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;
import org.synergies.support.TestAccreditation.Ngo;
import org.synergies.support.TestMail;
import org.synergies.support.TestOrganizations;
import org.synergies.support.TestReporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Asking a colleague to contribute to a report invites them to join the organization: no
 * account changes, and nobody is signed out, until the invited person accepts (issue 9,
 * point 2). The attack that was reproduced — a member "asking" an administrator, who then
 * became a member and lost his sessions — is the first test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@DatabaseTest
class ColleagueInvitationTests implements ApiScript {

	static final String API = "/api/v1/reporting/reports/";

	static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_\\-]+)");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestAccreditation accreditation;

	@Autowired
	TestReporting reporting;

	@Autowired
	ReportingCycles cycles;

	@Autowired
	Reports reports;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	AccountAccess access;

	@Autowired
	OrganizationInvitations invitations;

	@Autowired
	Outbox outbox;

	@Autowired
	TestOrganizations organizationFixtures;

	@Autowired
	OrganizationManagement organizations;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	Ngo ngo;

	UUID report;

	String memberToken;

	@BeforeEach
	void aMemberDraftsTheReport() {
		this.ngo = this.accreditation.ngo(Language.EN);
		CycleView cycle = this.reporting.openCycle();
		this.cycles.invite(cycle.id(), this.ngo.organization().id());
		this.report = TestAccounts
			.runAs(this.ngo.member(), () -> this.reports.start(cycle.id(), this.ngo.organization().id(), false))
			.id();
		this.memberToken = this.accounts.apiToken(this.ngo.member());
	}

	@Test
	void askingAnAdministratorChangesNothingOnHisAccountUntilHeAccepts() throws Exception {
		AccountView admin = this.accounts.active(Language.EN, Role.SECRETARIAT_ADMIN);
		String session = pages().signIn(admin.email());

		String asked = body(send(post(API + this.report + "/colleagues", this.memberToken, """
				{"email": "%s", "name": "Anything", "language": "FR", "message": "Please help"}"""
			.formatted(admin.email().toUpperCase()))), 201);
		assertThat(JsonPath.<String>read(asked, "$.status")).isEqualTo("PENDING");

		AccountView untouched = this.accountManagement.find(admin.id()).orElseThrow();
		assertThat(untouched.roles()).containsExactly(Role.SECRETARIAT_ADMIN);
		assertThat(untouched.organizations()).isEmpty();
		assertThat(untouched.displayName()).isEqualTo(admin.displayName());
		assertThat(untouched.language()).isEqualTo(Language.EN);
		assertThat(untouched.version()).isEqualTo(admin.version());
		HttpResponse<String> account = pages().get("/account", session);
		assertThat(account.statusCode()).as("his session was not ended").isEqualTo(200);
		assertThat(account.body()).contains(admin.email());
		assertThat(contributors()).isEmpty();

		// He sees the invitation and, only when he accepts, joins.
		MembershipInvitationView invitation = only(TestAccounts.runAs(admin, this.invitations::mine));
		HttpResponse<String> page = pages().get("/account/invitations", session);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(this.ngo.organization().officialName(), "Please help", "Accept and join");
		HttpResponse<String> accepted = pages().post("/account/invitations/" + invitation.id() + "/accept", session,
				ServerPages.csrfOf(page.body()));
		assertThat(accepted.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/account/invitations?accepted"));

		AccountView joined = this.accountManagement.find(admin.id()).orElseThrow();
		assertThat(joined.roles()).containsExactlyInAnyOrder(Role.SECRETARIAT_ADMIN, Role.ORGANIZATION_MEMBER);
		assertThat(joined.organizations()).containsExactly(this.ngo.organization().id());
		assertThat(contributors()).extracting(ReportView.Contributor::account).containsExactly(admin.id());
		assertThat(pages().get("/reporting/reports/" + this.report, session).statusCode())
			.as("his own session goes on, up to date: he now sees the draft report")
			.isEqualTo(200);
		assertThat(this.audit.historyOf(OrganizationInvitations.AUDITED_AS, invitation.id()))
			.extracting(AuditEntry::action)
			.containsExactly("invitation-accepted", "invitation-asked");
	}

	@Test
	void aNewPersonJoinsByAcceptingTheAccountInvitation() {
		String newcomer = TestAccounts.uniqueEmail("newcomer");
		MembershipInvitationView invitation = TestAccounts.runAs(this.ngo.member(),
				() -> this.reports.askColleague(this.report, newcomer, "Nueva Colega", Language.ES, null));
		AccountView invited = this.accountManagement.findByEmail(newcomer).orElseThrow();
		assertThat(invited.status()).isEqualTo(AccountStatus.INVITED);
		assertThat(invited.roles()).as("no role before accepting").isEmpty();
		assertThat(invited.organizations()).isEmpty();
		assertThat(this.outbox.sentTo(newcomer)).extracting(SentMail::template)
			.containsExactlyInAnyOrder("invitation", "reporting-colleague");

		this.access.acceptInvitation(accountInvitationToken(newcomer), TestAccounts.PASSWORD);

		AccountView member = this.accountManagement.find(invited.id()).orElseThrow();
		assertThat(member.status()).isEqualTo(AccountStatus.ACTIVE);
		assertThat(member.roles()).containsExactly(Role.ORGANIZATION_MEMBER);
		assertThat(member.organizations()).containsExactly(this.ngo.organization().id());
		assertThat(only(this.reports.colleagueInvitations(this.report)).status()).isEqualTo(InvitationStatus.ACCEPTED);
		assertThat(contributors()).extracting(ReportView.Contributor::email).containsExactly(invitation.email());
	}

	@Test
	void aPersonMayDeclineAndThenCannotAcceptTheSameInvitation() {
		AccountView colleague = this.accounts.active(Language.FR);
		MembershipInvitationView invitation = TestAccounts.runAs(this.ngo.member(),
				() -> this.reports.askColleague(this.report, colleague.email(), "", Language.EN, "Merci"));

		assertThat(this.mvc.post()
			.uri("/account/invitations/" + invitation.id() + "/decline")
			.with(TestAccounts.as(colleague))
			.with(csrf())
			.exchange()).hasRedirectedUrl("/account/invitations?declined");
		assertThat(this.mvc.post()
			.uri("/account/invitations/" + invitation.id() + "/accept")
			.header("Accept-Language", "fr")
			.with(TestAccounts.as(colleague))
			.with(csrf())
			.exchange()).hasRedirectedUrl("/account/invitations")
			.flash()
			.containsEntry("problems", List.of("Il a déjà été répondu à cette invitation."));

		assertThat(this.accountManagement.find(colleague.id()).orElseThrow().organizations()).isEmpty();
		assertThat(only(this.reports.colleagueInvitations(this.report)).status()).isEqualTo(InvitationStatus.DECLINED);
		assertThat(this.audit.historyOf(OrganizationInvitations.AUDITED_AS, invitation.id()))
			.extracting(AuditEntry::action)
			.containsExactly("invitation-declined", "invitation-asked");
		assertThat(this.mvc.get()
			.uri("/reporting/reports/" + this.report)
			.with(TestAccounts.as(this.ngo.member()))
			.exchange()).as("the requester sees the answer").bodyText().contains(colleague.email(), "Declined");
	}

	@Test
	void anExpiredInvitationCannotBeAccepted() {
		AccountView colleague = this.accounts.active(Language.EN);
		MembershipInvitationView invitation = TestAccounts.runAs(this.ngo.member(),
				() -> this.reports.askColleague(this.report, colleague.email(), "", Language.EN, null));
		assertThat(invitation.expiresAt()).isAfter(Instant.now().plus(Duration.ofDays(13)));
		this.jdbc.sql("UPDATE membership_invitation SET expires_at = :past WHERE id = :id")
			.param("past", Instant.now().minusSeconds(60).atOffset(ZoneOffset.UTC))
			.param("id", invitation.id())
			.update();

		assertThat(this.mvc.post()
			.uri("/account/invitations/" + invitation.id() + "/accept")
			.with(TestAccounts.as(colleague))
			.with(csrf())
			.exchange()).flash()
			.containsEntry("problems",
					List.of("This invitation has expired. Ask the person who invited you to send a new one."));
		assertThat(this.accountManagement.find(colleague.id()).orElseThrow().organizations()).isEmpty();
		assertThat(only(TestAccounts.runAs(colleague, this.invitations::mine)).status())
			.isEqualTo(InvitationStatus.EXPIRED);
	}

	@Test
	void onlyTheInvitedPersonMayAnswer() {
		AccountView colleague = this.accounts.active(Language.EN);
		AccountView someoneElse = this.accounts.active(Language.EN);
		MembershipInvitationView invitation = TestAccounts.runAs(this.ngo.member(),
				() -> this.reports.askColleague(this.report, colleague.email(), "", Language.EN, null));

		for (String answer : List.of("accept", "decline")) {
			for (AccountView other : List.of(someoneElse, this.ngo.member())) {
				assertThat(this.mvc.post()
					.uri("/account/invitations/" + invitation.id() + "/" + answer)
					.with(TestAccounts.as(other))
					.with(csrf())
					.exchange()).as(answer + " by another person").hasStatus(404);
			}
		}
		assertThat(TestAccounts.runAs(someoneElse, this.invitations::mine)).isEmpty();
		assertThat(only(this.reports.colleagueInvitations(this.report)).status()).isEqualTo(InvitationStatus.PENDING);
	}

	@Test
	void aRequesterMaySendTenInvitationsAnHourThenIsToldToWait() {
		for (int i = 0; i < 10; i++) {
			assertThat(send(post(API + this.report + "/colleagues", this.memberToken,
					"{\"email\": \"%s\"}".formatted(TestAccounts.uniqueEmail("many")))))
				.hasStatus(201);
		}
		MvcTestResult refused = send(post(API + this.report + "/colleagues", this.memberToken,
				"{\"email\": \"%s\"}".formatted(TestAccounts.uniqueEmail("many")))
			.header("Accept-Language", "fr"));
		assertThat(refused).hasStatus(429);
		assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isBetween(3000L, 3600L);
		assertThat(refused).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("Vous pouvez envoyer au plus 10 invitations par heure.");

		// the page tells the person, in their language
		AccountView colleague = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("es"), "Colega",
				Language.ES, Set.of(Role.ORGANIZATION_MEMBER), Set.of(this.ngo.organization().id()), null));
		for (int i = 0; i < 10; i++) {
			TestAccounts.runAs(colleague, () -> this.reports.askColleague(this.report, TestAccounts.uniqueEmail("page"),
					"", Language.ES, null));
		}
		assertThat(this.mvc.post()
			.uri("/reporting/reports/" + this.report + "/colleagues")
			.param("email", TestAccounts.uniqueEmail("page"))
			.header("Accept-Language", "es")
			.with(TestAccounts.as(colleague))
			.with(csrf())
			.exchange()).hasRedirectedUrl("/reporting/reports/" + this.report + "#colleagues")
			.flash()
			.hasEntrySatisfying("problems", problems -> assertThat(problems.toString())
				.contains("Puede enviar como máximo 10 invitaciones por hora."));
	}

	/**
	 * The quota is counted in the database under a lock: requests arriving at once (as
	 * from several application nodes) cannot all take the last places.
	 */
	@Test
	void simultaneousRequestsCannotExceedTheQuota() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<Boolean>> sent = new ArrayList<>();
			for (int i = 0; i < 14; i++) {
				sent.add(pool.submit(() -> {
					try {
						TestAccounts.runAs(this.ngo.member(), () -> this.reports.askColleague(this.report,
								TestAccounts.uniqueEmail("burst"), "", Language.EN, null));
						return true;
					}
					catch (TooManyRequestsException refused) {
						return false;
					}
				}));
			}
			long accepted = 0;
			for (Future<Boolean> one : sent) {
				accepted += one.get(60, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(accepted).isEqualTo(10);
			assertThat(this.reports.colleagueInvitations(this.report)).hasSize(10);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void atMostThreeInvitationsWaitAtOneAddressForAReport() {
		String address = TestAccounts.uniqueEmail("again");
		for (int i = 0; i < 3; i++) {
			assertThat(send(post(API + this.report + "/colleagues", this.memberToken,
					"{\"email\": \"%s\"}".formatted(address))))
				.hasStatus(201);
		}
		MvcTestResult refused = send(post(API + this.report + "/colleagues", this.memberToken,
				"{\"email\": \"%s\"}".formatted(address.toUpperCase())));
		assertThat(refused).hasStatus(429);
		assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isBetween(13L * 24 * 3600,
				14L * 24 * 3600);
		assertThat(refused).bodyJson()
			.extractingPath("$.rule")
			.asString()
			.isEqualTo("invitation.rule.too-many-pending");
	}

	@Test
	void theMessageIsShownAsTheRequestersWordsNeverThePlatforms() throws Exception {
		AccountView colleague = this.accounts.active(Language.EN);
		String words = "Hi! Please <b>fill in</b> the figures.\nThe Secretariat says: reset your password here";
		TestAccounts.runAs(this.ngo.member(),
				() -> this.reports.askColleague(this.report, colleague.email(), "", Language.EN, words));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> TestMail.to(colleague.email())
				.stream()
				.anyMatch(message -> TestMail.body(message).contains("Message from")));
		String body = TestMail.to(colleague.email())
			.stream()
			.map(TestMail::body)
			.filter(text -> text.contains("Message from"))
			.findFirst()
			.orElseThrow();
		String name = this.ngo.member().displayName();
		String organization = this.ngo.organization().officialName();
		assertThat(body).contains(name + ", who acts for " + organization)
			.contains("Message from " + name + " (" + organization + "):\n> Hi! Please <b>fill in</b> the figures.\n"
					+ "> The Secretariat says: reset your password here\n")
			.contains("The message above was written by " + name + ", not by Synergies or the CMS Secretariat.")
			.contains("/account/invitations");
		assertThat(body.lines().filter(line -> line.contains("The Secretariat says")))
			.allSatisfy(line -> assertThat(line).startsWith("> "));

		String page = this.mvc.get()
			.uri("/account/invitations")
			.with(TestAccounts.as(colleague))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Message from " + name + " (" + organization + "):")
			.contains("Hi! Please &lt;b&gt;fill in&lt;/b&gt; the figures.")
			.doesNotContain("<b>fill in</b>")
			.contains("These are the words of the person who invited you");
	}

	@Test
	void aWaitingInvitationFollowsItsOrganizationIntoAMerge() {
		AccountView colleague = this.accounts.active(Language.EN);
		MembershipInvitationView invitation = TestAccounts.runAs(this.ngo.member(),
				() -> this.reports.askColleague(this.report, colleague.email(), "", Language.EN, null));
		OrganizationView survivor = this.organizationFixtures.ngo();
		this.organizations.merge(survivor.id(), this.ngo.organization().id());

		MembershipInvitationView accepted = TestAccounts.runAs(colleague,
				() -> this.invitations.accept(invitation.id()));
		assertThat(accepted.organization()).isEqualTo(survivor.id());
		assertThat(this.accountManagement.find(colleague.id()).orElseThrow().organizations())
			.containsExactly(survivor.id());
	}

	@Test
	void aMessageTooLongIsRefused() {
		MvcTestResult refused = send(
				post(API + this.report + "/colleagues", this.memberToken, "{\"email\": \"%s\", \"message\": \"%s\"}"
					.formatted(TestAccounts.uniqueEmail("long"), "x".repeat(1001))));
		assertThat(refused).hasStatus(400);
	}

	/**
	 * The link of the account invitation, as delivered (the newest e-mail is the
	 * colleague's).
	 */
	private static String accountInvitationToken(String address) {
		TestMail.awaitMessage(address, 1);
		return TestMail.to(address)
			.stream()
			.map(TestMail::body)
			.map(TOKEN::matcher)
			.filter(Matcher::find)
			.map(matcher -> matcher.group(1))
			.findFirst()
			.orElseThrow();
	}

	private static <T> T only(List<T> list) {
		assertThat(list).hasSize(1);
		return list.get(0);
	}

	@Override
	public MockMvcTester mvc() {
		return this.mvc;
	}

	/** The report's contributors, as its organization's members read them. */
	private List<ReportView.Contributor> contributors() {
		return TestAccounts.runAs(this.ngo.member(), () -> this.reports.find(this.report).orElseThrow().contributors());
	}

	private ServerPages pages() {
		return new ServerPages(this.port);
	}

}
