package org.synergies.journeys;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.DecisionView;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.meetings.NewDecision;
import org.synergies.meetings.NewMeeting;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.Language;
import org.synergies.shared.UnDates;
import org.synergies.support.Browser;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestOrganizations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A joint work plan in a real browser: an officer records the plan with Ramsar, finds it
 * on the agenda of the next Standing Committee meeting because it ends before it, has it
 * extended by the Committee's decision; the public reads the extension in Spanish.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class AgreementExtensionJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OrganizationManagement organizations;

	@Autowired
	GoverningBodies bodies;

	@Test
	void anOfficerHasTheRamsarPlanExtendedByTheStandingCommitteeAndThePublicReadsItInSpanish() throws Exception {
		String tag = TestOrganizations.unique();
		LocalDate today = LocalDate.now();
		OrganizationView ramsar = this.organizations.register(TestOrganizations.ngo("Ramsar Secretariat " + tag));
		AccountView officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		MeetingView meeting = TestAccounts.runAs(officer,
				() -> this.bodies.schedule(new NewMeeting(GoverningBody.STANDING_COMMITTEE,
						ThreadLocalRandom.current().nextInt(1000, 1_000_000), today.plusDays(30), today.plusDays(31),
						"Bonn", "DE")));
		DecisionView decision = TestAccounts.runAs(officer,
				() -> this.bodies.record(new NewDecision(GoverningBody.STANDING_COMMITTEE, null,
						DecisionProcedure.WRITTEN_PROCEDURE, "StC/WP/" + tag, today,
						"The Standing Committee extends the joint work plan with Ramsar until it can be revised.",
						null)));
		String title = "Joint Work Plan between CMS and Ramsar " + tag;
		LocalDate until = today.plusYears(2);

		try (Browser browser = Browser.open(this.port)) {
			browser.signIn(officer.email(), TestAccounts.PASSWORD);
			browser.go("/agreements/new")
				.choose("kind", "Joint work programme or plan")
				.choose("instrument", "CMS")
				.choose("partners", ramsar.officialName())
				.type("titleEn", title)
				.type("titleEs", "Plan de trabajo conjunto entre la CMS y Ramsar " + tag)
				.date("validUntil", today.plusDays(60))
				.click("Save");
			String page = browser.path().replace("?saved", "");
			browser.click("Record the signature").click("Record the entry into force");

			browser.go("/agreements").click("Expiring before the next meetings");
			assertThat(browser.text()).contains(meeting.code(), title);
			browser.assertAccessible();

			browser.go(page)
				.choose("kind", "Extension")
				.date("actionValidUntil", until)
				.type("explanation", "Until it can be revised after the parties' COPs.")
				.click("Save the proposal")
				.click("Submit to the Standing Committee")
				.choose("decision", decision.reference() + " (" + UnDates.date(today, Language.EN) + ")")
				.click("Record the decision of the Standing Committee");
			assertThat(browser.text()).contains("Extended", decision.reference());

			browser.forgetSession().go(page + "?lang=es");
			assertThat(browser.language()).isEqualTo("es");
			assertThat(browser.text()).contains("Plan de trabajo conjunto entre la CMS y Ramsar " + tag, "Prorrogado",
					"Prórroga", decision.reference(), UnDates.date(until, Language.ES));
			browser.assertAccessible();
		}
	}

}
