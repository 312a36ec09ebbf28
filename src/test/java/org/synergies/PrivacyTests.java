package org.synergies;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.synergies.accounts.AccountDetails;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.accreditation.ApplicationView;
import org.synergies.accreditation.CommitteeReview;
import org.synergies.accreditation.Recommendation;
import org.synergies.meetings.DecisionView;
import org.synergies.organizations.ContactDetails;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.internal.ReportReview;
import org.synergies.reporting.ReportView;
import org.synergies.reporting.internal.Reports;
import org.synergies.reporting.Visibility;
import org.synergies.shared.Language;
import org.synergies.support.ApiScript;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;
import org.synergies.support.TestAccreditation.Ngo;
import org.synergies.support.TestReporting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each role sees, field by field (docs/privacy.md), on the pages and through the API
 * alike: applicants do not see the Standing Committee's individual recommendations;
 * published reports carry no contributor and no comment of the Secretariat; the public
 * sees no personal data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PrivacyTests implements ApiScript {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestAccreditation accreditation;

	@Autowired
	TestReporting reporting;

	@Autowired
	CommitteeReview review;

	@Autowired
	Reports reports;

	@Autowired
	ReportReview reportReview;

	@Autowired
	OrganizationManagement organizations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void applicantsSeeTheirApplicationButNotWhichCommitteeMemberRecommendedWhat() {
		this.accreditation.processInForceWithOpenCall();
		Ngo ngo = this.accreditation.ngo(Language.EN);
		ApplicationView forwarded = this.accreditation.forwarded(ngo);
		AccountView member = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("stc"),
				"Ingrid Halvorsen", Language.EN, Set.of(Role.STANDING_COMMITTEE_MEMBER), Set.of(), null));
		TestAccounts.runAs(member,
				() -> this.review.recommend(forwarded.id(), Recommendation.REJECT, "Too young an organization."));
		String api = "/api/v1/accreditation/applications";

		String applicant = this.accounts.apiToken(ngo.member());
		for (String json : new String[] { body(send(get(api + "/" + forwarded.id(), applicant)), 200),
				body(send(get(api, applicant)), 200) }) {
			assertThat(json).contains(forwarded.id().toString())
				.contains("Registered charity no. 1070906.")
				.doesNotContain("Ingrid Halvorsen", member.email(), member.id().toString(), "REJECT",
						"Too young an organization.");
		}
		assertThat(page("/accreditation/applications/" + forwarded.id(), ngo.member()))
			.contains("Registered charity no. 1070906.")
			.doesNotContain("Ingrid Halvorsen", "Too young an organization.");

		String committee = this.accounts.apiToken(member);
		assertThat(body(send(get(api + "/" + forwarded.id(), committee)), 200)).contains("Ingrid Halvorsen", "REJECT");
		String officer = this.accounts.apiToken(this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER));
		assertThat(body(send(get(api + "/" + forwarded.id(), officer)), 200)).contains("Ingrid Halvorsen",
				"Too young an organization.");
		assertThat(page("/accreditation/applications/" + forwarded.id(), member)).contains("Ingrid Halvorsen");
	}

	@Test
	void aPublishedReportShowsNeitherItsContributorsNorTheSecretariatsComments() {
		Ngo ngo = this.reporting.accreditedNgo(Language.EN);
		Ngo other = this.accreditation.ngo(Language.EN);
		CycleView cycle = this.reporting.openCycle();
		AccountView officer = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("officer"),
				"Odile Officer", Language.EN, Set.of(Role.SECRETARIAT_OFFICER), Set.of(), null));
		ReportView submitted = TestAccounts.runAs(ngo.member(), () -> {
			ReportView started = this.reports.start(cycle.id(), ngo.organization().id(), false);
			ReportView saved = this.reports.save(started.id(), started.version(), TestReporting.completeAnswers())
				.report();
			return this.reports.submit(saved.id(), saved.version());
		});
		String colleague = TestAccounts.uniqueEmail("colleague");
		// a colleague asked to contribute, as the report records one
		this.jdbc.sql("""
				INSERT INTO report_contributor (report_id, position, account_id, email, asked_by, asked_at)
				VALUES (:report, 0, :account, :email, :askedBy, :at)""")
			.param("report", submitted.id())
			.param("account", UUID.randomUUID())
			.param("email", colleague)
			.param("askedBy", "Asking Member")
			.param("at", Instant.now().atOffset(ZoneOffset.UTC))
			.update();
		ReportView returned = TestAccounts.runAs(officer, () -> this.reportReview.returnReport(submitted.id(),
				submitted.version(), "Internal: check the in-kind valuation.", null));
		ReportView again = TestAccounts.runAs(ngo.member(), () -> this.reports.submit(returned.id(), null));
		TestAccounts.runAs(officer, () -> this.reportReview.accept(again.id(), again.version(), Visibility.PUBLIC));
		String report = "/api/v1/reporting/reports/" + again.id();
		String[] hidden = { colleague, "Asking Member", "Internal: check the in-kind valuation.", "Odile Officer",
				officer.email() };

		String stranger = this.accounts.apiToken(other.member());
		for (String json : new String[] { body(send(get("/api/v1/reporting/reports/published", null)), 200),
				body(send(get(report, null)), 200), body(send(get(report, stranger)), 200) }) {
			assertThat(json).contains(again.id().toString(), "Sahel flyway monitoring").doesNotContain(hidden);
		}
		assertThat(page("/reporting/reports/" + again.id(), null)).contains("Sahel flyway monitoring")
			.doesNotContain(hidden);
		assertThat(page("/reporting/reports/" + again.id(), other.member())).doesNotContain(hidden);
		assertThat(page("/reporting", null)).doesNotContain(hidden);

		String reporter = this.accounts.apiToken(ngo.member());
		assertThat(body(send(get(report, reporter)), 200)).contains(colleague,
				"Internal: check the in-kind valuation.");
		assertThat(page("/reporting/reports/" + again.id(), ngo.member()))
			.contains("Internal: check the in-kind valuation.");
	}

	@Test
	void thePublicSeesNoPersonalDataInTheDirectoryTheRegisterOrTheDecisions() {
		Ngo ngo = this.reporting.accreditedNgo(Language.EN);
		AccountView officer = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("officer"),
				"Octave Recorder", Language.EN, Set.of(Role.SECRETARIAT_OFFICER), Set.of(), null));
		String contact = TestAccounts.uniqueEmail("contact");
		TestAccounts.runAs(officer, () -> this.organizations.addContact(ngo.organization().id(),
				new ContactDetails("Carla Contact", "Director", contact, "+41 22 555 01 02", Language.FR)));
		DecisionView decision = TestAccounts.runAs(officer,
				() -> this.accreditation.writtenDecision("Takes note of the register."));
		UUID organization = ngo.organization().id();
		String[] personal = { contact, "Carla Contact", "+41 22 555 01 02", ngo.member().email(), officer.email(),
				"Octave Recorder" };
		String stranger = this.accounts.apiToken(this.accreditation.ngo(Language.EN).member());

		for (String token : new String[] { null, stranger }) {
			assertThat(body(send(get("/api/v1/organizations/" + organization, token)), 200))
				.contains(ngo.organization().officialName())
				.doesNotContain(personal);
			assertThat(body(send(get("/api/v1/organizations?size=500", token)), 200)).doesNotContain(personal);
			assertThat(body(send(get("/api/v1/accreditation/register", token)), 200))
				.contains(ngo.organization().officialName())
				.doesNotContain(personal);
			assertThat(body(send(get("/api/v1/decisions/" + decision.id(), token)), 200)).contains(decision.reference())
				.doesNotContain(personal);
			assertThat(body(send(get("/api/v1/decisions", token)), 200)).contains(decision.reference())
				.doesNotContain(personal);
		}
		AccountView strangerAccount = this.accreditation.ngo(Language.EN).member();
		for (AccountView reader : new AccountView[] { null, strangerAccount }) {
			assertThat(page("/organizations/" + organization, reader)).contains(ngo.organization().officialName())
				.doesNotContain(personal);
			assertThat(page("/organizations", reader)).doesNotContain(personal);
			assertThat(page("/accreditation/register", reader)).contains(ngo.organization().officialName())
				.doesNotContain(personal);
			assertThat(page("/decisions/" + decision.id(), reader)).contains(decision.reference())
				.doesNotContain(personal);
		}

		String secretariat = this.accounts.apiToken(officer);
		assertThat(body(send(get("/api/v1/decisions/" + decision.id(), secretariat)), 200)).contains(officer.email());
		assertThat(body(send(get("/api/v1/organizations/" + organization, secretariat)), 200)).contains(contact);
	}

	private String page(String uri, AccountView reader) {
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.get().uri(uri);
		MvcTestResult result = (reader == null ? request : request.with(TestAccounts.as(reader))).exchange();
		return body(result, 200);
	}

	@Override
	public MockMvcTester mvc() {
		return this.mvc;
	}

}
