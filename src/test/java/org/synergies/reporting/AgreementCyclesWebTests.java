package org.synergies.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.compilations.CompilationJobs;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestReporting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cycle can be opened for any body's meeting, the Agreements' included, chosen among
 * the meetings grouped by instrument; its compile section proposes the Agreement and the
 * symbol its body would give the document.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementCyclesWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestReporting fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CompilationJobs jobs;

	@Test
	void theMeetingsAheadAreGroupedByInstrumentWhenACycleIsOpened() throws Exception {
		MeetingView mop = this.fixtures.meetingOf(GoverningBody.AEWA_MEETING_OF_THE_PARTIES);
		MeetingView cop = this.fixtures.meeting();
		AccountView officer = this.accounts.active(Language.FR, Role.SECRETARIAT_OFFICER);

		String page = this.mvc.get()
			.uri("/reporting/cycles/new")
			.header("Accept-Language", "fr")
			.with(TestAccounts.as(officer))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		int convention = page.indexOf(
				"<optgroup label=\"Convention sur la conservation des espèces migratrices appartenant à la faune sauvage\">");
		int aewa = page
			.indexOf("<optgroup label=\"Accord sur la conservation des oiseaux d’eau migrateurs d’Afrique-Eurasie\">");
		assertThat(convention).as("the Convention's meetings first").isPositive();
		assertThat(aewa).isGreaterThan(convention);
		assertThat(page.indexOf("value=\"" + cop.id() + "\"")).isBetween(convention, aewa);
		assertThat(page.indexOf("value=\"" + mop.id() + "\"")).isGreaterThan(aewa);
		assertThat(page).contains(">" + mop.code() + ", Bonn, ");
	}

	@Test
	void theCompileSectionOfAnAgreementsCycleProposesTheAgreementAndItsBodysSymbol() {
		CycleView cycle = this.fixtures.openCycleFor(GoverningBody.AEWA_MEETING_OF_THE_PARTIES);
		String number = cycle.meetingCode().substring("AEWA MOP".length());
		AccountView officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		String section = "/reporting/cycles/" + cycle.id() + "/compilations";

		assertThat(this.mvc.get().uri(section).with(TestAccounts.as(officer))).hasStatusOk()
			.bodyText()
			.contains("<option value=\"AEWA\" selected=\"selected\">", "value=\"AEWA/MOP" + number + " Inf.1\"",
					"hx-get=\"/reporting/cycles/" + cycle.id() + "/compilations/symbol\"");

		this.jobs.request(cycle.id(), "AEWA", Language.EN, null);
		assertThat(this.mvc.get().uri(section + "/symbol").param("instrument", "").with(TestAccounts.as(officer)))
			.as("the whole family is another document")
			.hasStatusOk()
			.bodyText()
			.contains("id=\"symbol-field\"", "value=\"AEWA/MOP" + number + " Inf.2\"");
		assertThat(this.mvc.get().uri(section + "/symbol").param("instrument", "AEWA").with(TestAccounts.as(officer)))
			.as("the AEWA compilation keeps its symbol")
			.hasStatusOk()
			.bodyText()
			.contains("value=\"AEWA/MOP" + number + " Inf.1\"");
	}

}
