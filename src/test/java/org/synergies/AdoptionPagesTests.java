package org.synergies;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.accreditation.AccreditationProcesses;
import org.synergies.accreditation.ProcessView;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.NewDecision;
import org.synergies.reporting.internal.ReportingTemplates;
import org.synergies.reporting.TemplateView;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The pages of the two texts the Standing Committee adopts (the accreditation process,
 * the reporting format) draw the same steps and answer them the same way. On a database
 * of its own: nothing is adopted when it starts.
 */
@SpringBootTest(properties = "synergies.test.fresh=adoption-pages")
@AutoConfigureMockMvc
@DatabaseTest
class AdoptionPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestAccreditation fixtures;

	@Autowired
	GoverningBodies bodies;

	@Autowired
	AccreditationProcesses processes;

	@Autowired
	ReportingTemplates templates;

	@Test
	void bothTextsAreAdoptedThroughTheSameStepsOnTheirPages() {
		AccountView officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		ProcessView process = this.processes.startDraft(null);
		process = this.processes.write(process.id(), process.version(), TestAccreditation.CONTENT);
		TemplateView format = this.templates.startDraft();

		adoptedOnItsPage("/accreditation/process", process.id(), officer);
		adoptedOnItsPage("/reporting/templates", format.id(), officer);
	}

	private void adoptedOnItsPage(String base, UUID version, AccountView officer) {
		String page = base + "/" + version;
		assertThat(this.mvc.get().uri(page).with(TestAccounts.as(officer))).hasStatusOk()
			.bodyText()
			.contains("Draft", "Edit the draft", "Submit to the Standing Committee")
			.doesNotContain("Record the adoption");
		assertThat(this.mvc.post().uri(page + "/submit").with(TestAccounts.as(officer)).with(csrf()))
			.hasRedirectedUrl(page + "?submitted");
		assertThat(this.mvc.get().uri(page + "?submitted").with(TestAccounts.as(officer))).hasStatusOk()
			.bodyText()
			.contains("The draft has been submitted to the Standing Committee.", "Record the adoption",
					"Return to draft");

		UUID copDecision = this.bodies
			.record(new NewDecision(GoverningBody.CONFERENCE_OF_THE_PARTIES, null, DecisionProcedure.WRITTEN_PROCEDURE,
					TestAccreditation.reference(), LocalDate.parse("2026-03-02"), "Not the Standing Committee.", null))
			.id();
		assertThat(this.mvc.post()
			.uri(page + "/adopt")
			.param("decision", copDecision.toString())
			.with(TestAccounts.as(officer))
			.with(csrf())).as("a decision of another body is refused on the version's page")
			.hasRedirectedUrl(page)
			.flash()
			.containsKey("problems");

		UUID decision = this.fixtures.writtenDecision("Adopts the text.").id();
		assertThat(this.mvc.post()
			.uri(page + "/adopt")
			.param("decision", decision.toString())
			.with(TestAccounts.as(officer))
			.with(csrf())).hasRedirectedUrl(page + "?adopted");
		assertThat(this.mvc.get().uri(base)).hasStatusOk().bodyText().contains("Version 1", "In force");
	}

}
