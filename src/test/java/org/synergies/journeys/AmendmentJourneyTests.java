package org.synergies.journeys;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.mandates.MandateDetails;
import org.synergies.mandates.MandateKind;
import org.synergies.mandates.MandateStatus;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.mandates.ParagraphDetails;
import org.synergies.mandates.ParagraphKind;
import org.synergies.mandates.ParagraphView;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.DecisionView;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.meetings.NewDecision;
import org.synergies.meetings.NewMeeting;
import org.synergies.shared.Language;
import org.synergies.shared.UnDates;
import org.synergies.support.Browser;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An officer drafts the insertion of paragraph 6.bis in English, French and Spanish,
 * downloads the annex of proposed amendments, records the adoption by the Conference of
 * the Parties, and the consolidated revision numbers the new paragraph 7.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class AmendmentJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	GoverningBodies bodies;

	@Autowired
	Mandates mandates;

	@Test
	void anOfficerDraftsSixBisInThreeLanguagesAndTheConferenceAdoptsIt() throws Exception {
		AccountView officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		LocalDate opening = LocalDate.parse("2020-02-17");
		MeetingView cop = TestAccounts.runAs(officer,
				() -> this.bodies.schedule(new NewMeeting(GoverningBody.CONFERENCE_OF_THE_PARTIES,
						ThreadLocalRandom.current().nextInt(1000, 9000), opening, opening.plusDays(5), "Gandhinagar",
						"IN")));
		String number = "7" + ThreadLocalRandom.current().nextInt(0, 10) + "."
				+ ThreadLocalRandom.current().nextInt(1, 1000);
		MandateView resolution = TestAccounts.runAs(officer, () -> {
			MandateView text = this.mandates
				.record(new MandateDetails(MandateKind.RESOLUTION, number, "COP12", "Synergies and Partnerships",
						"Synergies et partenariats", "Sinergias y asociaciones", cop.id(), MandateStatus.ADOPTED));
			List<ParagraphDetails> first = new java.util.ArrayList<>();
			for (int n = 1; n <= 5; n++) {
				first.add(operative(Language.EN, String.valueOf(n), "Requests", "the Secretariat to act " + n + ";"));
			}
			MandateView entered = this.mandates.enter(text.id(), text.version(), first);
			return this.mandates.enter(entered.id(), entered.version(),
					List.of(operative(Language.EN, "6", "Further encourages", "the CMS Secretariat to report;"),
							operative(Language.EN, "7", "Also requests", "the Secretariat to cooperate with FAO;"),
							operative(Language.FR, "6", "Encourage en outre",
									"le Secrétariat de la CMS à rendre compte ;"),
							operative(Language.FR, "7", "Prie aussi", "le Secrétariat de coopérer avec la FAO ;"),
							operative(Language.ES, "6", "Alienta además", "a la Secretaría de la CMS a informar;"),
							operative(Language.ES, "7", "Pide también", "a la Secretaría que coopere con la FAO;")));
		});
		DecisionView decision = TestAccounts.runAs(officer,
				() -> this.bodies.record(new NewDecision(GoverningBody.CONFERENCE_OF_THE_PARTIES, cop.id(),
						DecisionProcedure.MEETING, "Decision " + number + ".1", opening.plusDays(5),
						"The Conference adopts the amendments to Resolution " + number + ".", null)));

		try (Browser browser = Browser.open(this.port)) {
			browser.signIn(officer.email(), TestAccounts.PASSWORD);
			browser.go("/mandates/" + number)
				.choose("amendment-meeting", cop.code())
				.type("amendment-symbol", "UNEP/CMS/" + cop.code() + "/Doc.18/Annex 1")
				.click("Propose amendments");
			String page = browser.path();
			insert(browser, "Requests", "the Secretariat to endorse funding requests from NGOs;");
			browser.go(page + "?text=fr");
			insert(browser, "Demande", "au Secrétariat d’approuver les demandes de financement des ONG ;");
			browser.go(page + "?text=es");
			insert(browser, "Pide", "a la Secretaría que respalde las solicitudes de financiación de las ONG;");
			browser.assertAccessible();

			browser.go(page + "?text=fr");
			try (XWPFDocument annex = new XWPFDocument(
					new ByteArrayInputStream(browser.download("Word (underlined and struck through)")));
					XWPFWordExtractor text = new XWPFWordExtractor(annex)) {
				assertThat(text.getText()).contains("UNEP/CMS/" + cop.code() + "/Doc.18/Annex 1", "6.bis",
						"Demande au Secrétariat d’approuver");
			}

			browser.click("Submit to the Conference of the Parties")
				.choose("decision", decision.reference() + " (" + UnDates.date(decision.adoptedOn(), Language.EN) + ")")
				.click("Record the adoption by the Conference of the Parties");
			assertThat(browser.heading()).isEqualTo("Resolution " + number + " (Rev." + cop.code() + ")");

			MandateView revision = this.mandates.at(number, null);
			assertThat(revision.in(Language.ES)).extracting(ParagraphView::number, ParagraphView::openingWords)
				.containsExactly(tuple("6", "Alienta además"), tuple("7", "Pide"), tuple("8", "Pide también"));
			browser.go("/mandates/" + number + "/para-7?text=es");
			assertThat(browser.text()).contains("que respalde las solicitudes de financiación");
			browser.go("/mandates/" + number + "/para-8");
			assertThat(browser.text()).contains("cooperate with FAO");
			browser.go("/mandates/" + number + "/rev-cop12/para-7");
			assertThat(browser.text()).contains("cooperate with FAO");
		}
	}

	private static void insert(Browser browser, String opening, String text) {
		browser.type("number", "6.bis").type("openingWords", opening).type("text", text).click("Insert the paragraph");
		browser.waitForText("New paragraph");
	}

	private static ParagraphDetails operative(Language language, String number, String opening, String text) {
		return new ParagraphDetails(language, ParagraphKind.OPERATIVE, number, opening, text, null, null);
	}

}
