package org.synergies.journeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.accreditation.AccreditationApplications;
import org.synergies.accreditation.ApplicationStatus;
import org.synergies.accreditation.ApplicationView;
import org.synergies.files.SampleFiles;
import org.synergies.shared.Language;
import org.synergies.support.Browser;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;
import org.synergies.support.TestAccreditation.Ngo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The special accreditation in a real browser, as the issue tells it: an NGO applies in
 * French, the Secretariat asks one question that the NGO answers, forwards the
 * application, two Standing Committee members recommend, the Secretariat records the
 * decision, and the register shows the NGO in Spanish. Every page is checked with axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class AccreditationJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestAccreditation fixtures;

	@Autowired
	AccreditationApplications applications;

	@Test
	void anNgoAppliesInFrenchAndTheRegisterShowsItInSpanish(@TempDir Path files) throws Exception {
		this.fixtures.processInForceWithOpenCall();
		Ngo ngo = this.fixtures.ngo(Language.FR);
		AccountView officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		AccountView firstMember = this.accounts.active(Language.EN, Role.STANDING_COMMITTEE_MEMBER);
		AccountView secondMember = this.accounts.active(Language.ES, Role.STANDING_COMMITTEE_MEMBER);
		Path statutes = Files.write(files.resolve("statuts.pdf"), SampleFiles.pdf());
		Path letter = Files.write(files.resolve("lettre.docx"), SampleFiles.docx());
		Path receipt = Files.write(files.resolve("recepisse.odt"), SampleFiles.odt());
		String name = ngo.organization().officialName();

		try (Browser browser = Browser.open(this.port)) {
			// The NGO applies, in French.
			browser.signIn(ngo.member().email(), TestAccounts.PASSWORD);
			browser.go("/accreditation");
			assertThat(browser.language()).isEqualTo("fr");
			browser.assertAccessible();
			browser.click("Déposer une demande pour " + name);
			String page = browser.path().replaceAll("\\?.*", "");
			UUID id = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
			browser.type("text-C1", "Nous protégeons les oiseaux migrateurs du Sahel.")
				.choose("language-C1", "Français")
				.type("text-C2", "Association déclarée (loi 1901).")
				.choose("language-C2", "Français")
				.click("Enregistrer le projet");
			assertThat(browser.text()).contains("Le projet a été enregistré.");
			browser.assertAccessible();
			browser.attach("evidence-C2", receipt).submit("evidence-C2");
			browser.waitForText("Le fichier a été téléversé.");
			browser.attach("document-D1", statutes).submit("document-D1");
			browser.waitForText("statuts.pdf");
			browser.attach("document-D2", letter).submit("document-D2");
			browser.waitForText("lettre.docx");
			browser.click("Soumettre la demande");
			assertThat(browser.text()).contains("La demande a été soumise.");
			browser.forgetSession();

			// The Secretariat asks a question.
			browser.signIn(officer.email(), TestAccounts.PASSWORD).go(page);
			browser.assertAccessible();
			browser.type("question", "Dans quels pays du Sahel travaillez-vous ?").click("Ask the question");
			assertThat(browser.text()).contains("Your changes have been saved.");
			browser.forgetSession();

			// The NGO answers it on the record.
			UUID question = application(id).questions().get(0).id();
			browser.signIn(ngo.member().email(), TestAccounts.PASSWORD).go(page);
			browser.type("answer-" + question, "Au Mali, au Niger et au Tchad.").click("Envoyer la réponse");
			assertThat(browser.text()).contains("Votre réponse a été enregistrée.", "Au Mali, au Niger et au Tchad.");
			browser.forgetSession();

			// The Secretariat forwards it to the Standing Committee.
			browser.signIn(officer.email(), TestAccounts.PASSWORD).go(page);
			browser.click("Forward to the Standing Committee");
			assertThat(browser.text()).contains("With the Standing Committee");
			browser.forgetSession();

			// Two members recommend.
			browser.signIn(firstMember.email(), TestAccounts.PASSWORD).go(page);
			browser.assertAccessible();
			browser.check("recommendation-APPROVE")
				.type("reasons", "Strong record on Sahelian flyways.")
				.click("Record my recommendation");
			browser.waitForText("Strong record on Sahelian flyways.");
			browser.forgetSession();
			browser.signIn(secondMember.email(), TestAccounts.PASSWORD).go(page);
			browser.check("recommendation-APPROVE").type("reasons", "De acuerdo.").click("Registrar mi recomendación");
			browser.waitForText("De acuerdo.");
			browser.forgetSession();

			// The Secretariat records the decision, taken by written procedure.
			browser.signIn(officer.email(), TestAccounts.PASSWORD).go(page);
			browser.check("outcome-ACCREDIT")
				.check("procedure-WRITTEN_PROCEDURE")
				.type("reference", TestAccreditation.reference())
				.date("adoptedOn", LocalDate.now())
				.type("decision-text", "The Standing Committee accredits the applicant.")
				.click("Record the decision");
			assertThat(browser.text()).contains("Accredited");
			browser.assertAccessible();
			assertThat(application(id).status()).isEqualTo(ApplicationStatus.ACCREDITED);
			browser.forgetSession();

			// Anyone sees the register, here in Spanish.
			browser.go("/accreditation/register?lang=es");
			assertThat(browser.language()).isEqualTo("es");
			assertThat(browser.text()).contains("Registro de ONG asociadas acreditadas", name);
			browser.assertAccessible();
		}
	}

	private ApplicationView application(UUID id) {
		return this.applications.find(id).orElseThrow();
	}

}
