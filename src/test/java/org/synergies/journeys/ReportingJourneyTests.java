package org.synergies.journeys;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.time.Duration;
import java.util.UUID;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.reporting.Answer;
import org.synergies.reporting.FieldType;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.ReportStatus;
import org.synergies.reporting.ReportView;
import org.synergies.reporting.internal.ReportingTemplates;
import org.synergies.reporting.internal.Reports;
import org.synergies.reporting.TemplateField;
import org.synergies.reporting.TemplateView;
import org.synergies.reporting.Visibility;
import org.synergies.shared.Language;
import org.synergies.shared.VersionStatus;
import org.synergies.support.Browser;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestReporting;
import org.synergies.support.TestAccreditation.Ngo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Civil-society reporting in a real browser, as the issue tells it: an accredited NGO
 * fills its report in Spanish (autosaved, told what is wrong, submitted), the Secretariat
 * returns it once with a comment, the NGO completes it, the Secretariat accepts and
 * publishes it, enters the cycle's exchange rates and compiles the information document
 * in French, then downloads it. Every page is checked with axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ReportingJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestReporting fixtures;

	@Autowired
	Reports reports;

	@Autowired
	ReportingTemplates templates;

	@Test
	void anNgoReportsInSpanishAndTheSecretariatCompilesTheDocumentInFrench() throws Exception {
		Ngo ngo = this.fixtures.accreditedNgo(Language.ES);
		CycleView cycle = this.fixtures.openCycle();
		AccountView officer = this.accounts.active(Language.FR, Role.SECRETARIAT_OFFICER);
		String name = ngo.organization().officialName();
		String symbol = "UNEP/CMS/" + cycle.meetingCode() + "/Inf.31";

		try (Browser browser = Browser.open(this.port)) {
			// The NGO starts its report, in Spanish.
			browser.signIn(ngo.member().email(), TestAccounts.PASSWORD).go("/reporting");
			assertThat(browser.language()).isEqualTo("es");
			browser.assertAccessible();
			browser.click("Empezar el informe para la " + cycle.meetingCode().substring(3)
					+ "ª reunión de la Conferencia de las Partes (" + cycle.meetingCode() + ")");
			String page = browser.path().replaceAll("[?#].*", "");
			UUID id = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
			assertThat(browser.heading()).contains(name, cycle.meetingCode());
			browser.assertAccessible();

			// Answers are saved as they are typed.
			browser.type("a-staffMonths", "3,5");
			browser.type("a-staffDescription", "Dos técnicas de campo.");
			browser.waitForText("Guardado a las");
			assertThat(report(id).answers().number("staffMonths"))
				.hasValueSatisfying(months -> assertThat(months).isEqualByComparingTo("3.5"));

			// One activity, and a contribution with a negative amount: a field error.
			browser.click("Añadir a «Actividades»");
			String activity = entryId(id, "activities", 1);
			String entry = "g-activities-" + activity + "-";
			browser.type(entry + "title", "Censo de flamencos en los humedales andinos")
				.type(entry + "description", "Censo simultáneo en Argentina, Bolivia, Chile y Perú; 12 voluntarios.")
				.tick("entry-" + activity,
						"Convención sobre la Conservación de las Especies Migratorias de Animales Silvestres")
				.tick("entry-" + activity, "Aves")
				.tick("entry-" + activity, "América Central, del Sur y el Caribe")
				.choose(entry + "countries", "Bolivia")
				.click("Añadir a «Compromiso financiero»");
			String line = entryId(id, "financialLines", 1);
			String lineField = "g-financialLines-" + line + "-";
			browser.choose(lineField + "kind", "En efectivo")
				.type(lineField + "amount-amount", "-4000")
				.type(lineField + "amount-currency", "EUR")
				.choose(lineField + "activity", "Censo de flamencos en los humedales andinos")
				.click("Guardar");
			assertThat(browser.text()).contains("Introduzca cero o más.");
			browser.assertAccessible();
			browser.type(lineField + "amount-amount", "4000,50").click("Guardar");
			assertThat(browser.text()).contains("Sus respuestas se han guardado.");
			browser.click("Presentar el informe");
			assertThat(browser.text()).contains("El informe se ha presentado.");
			assertThat(report(id).status()).isEqualTo(ReportStatus.SUBMITTED);
			browser.forgetSession();

			// The Secretariat returns it once, in French.
			browser.signIn(officer.email(), TestAccounts.PASSWORD).go(page);
			assertThat(browser.language()).isEqualTo("fr");
			assertThat(spaced(browser.text())).contains("Censo de flamencos en los humedales andinos", "4 000,50");
			browser.assertAccessible();
			browser.type("comment", "Merci d’indiquer aussi les pays du recensement.").click("Renvoyer le rapport");
			assertThat(browser.text()).contains("Renvoyé pour être complété");
			browser.forgetSession();

			// The NGO reads the comment, completes the report and submits it again.
			browser.signIn(ngo.member().email(), TestAccounts.PASSWORD).go(page);
			assertThat(browser.text()).contains("Merci d’indiquer aussi les pays du recensement.", "Elegidos: Bolivia");
			browser.choose(entry + "countries", "Argentina")
				.choose(entry + "countries", "Chile")
				.choose(entry + "countries", "Perú");
			// what is chosen in the long list shows in one line as it is chosen
			browser.waitForText("Elegidos: Argentina, Bolivia, Chile, Perú");
			browser.click("Guardar");
			browser.click("Presentar el informe");
			assertThat(browser.text()).contains("El informe se ha presentado.");
			browser.forgetSession();

			// The Secretariat accepts and publishes it, enters the rate and compiles in
			// French.
			browser.signIn(officer.email(), TestAccounts.PASSWORD).go(page);
			browser.check("visibility-PUBLIC").click("Accepter le rapport");
			assertThat(browser.text()).contains("Accepté", "Publié pour tous");
			assertThat(report(id).visibility()).isEqualTo(Visibility.PUBLIC);
			browser.go("/reporting/cycles/" + cycle.id());
			assertThat(browser.text()).contains(name, "Accepté");
			browser.assertAccessible();
			// on a phone the wide table scrolls on its own, not the page
			browser.resize(390, 844).go("/reporting/cycles/" + cycle.id());
			assertThat(browser.stickingOut()).isEmpty();
			browser.assertAccessible();
			browser.resize(1280, 1024);
			browser.type("rates", "EUR 1,08").click("Enregistrer les taux");
			browser.type("symbol", symbol).choose("language", "Français").click("Compiler");
			browser.waitForLink("DOCX");
			browser.assertAccessible();
			String text;
			try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(browser.download("DOCX")));
					XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
				text = spaced(extractor.getText());
			}
			// 4,000.50 EUR × 1.08 = 4,320.54 USD
			assertThat(text).contains(symbol, "CONTRIBUTIONS DE LA SOCIÉTÉ CIVILE", "Synthèse des contributions", name,
					"Censo de flamencos en los humedales andinos", "4 321");
			assertThat(browser.download("PDF")).startsWith("%PDF".getBytes());

			// Every figure leads to the lines it sums.
			browser.go("/reporting/cycles/" + cycle.id()
					+ "/figures/lines?dimension=REGION&code=CENTRAL_SOUTH_AMERICA_CARIBBEAN");
			assertThat(spaced(browser.text())).contains("Censo de flamencos en los humedales andinos", "4 000,50",
					"4 321");
			browser.assertAccessible();
			browser.go("/reporting/cycles/new");
			browser.assertAccessible();
			browser.forgetSession();

			// Anyone reads the published report and the figures.
			browser.go(page + "?lang=es");
			assertThat(browser.text()).contains("Censo de flamencos en los humedales andinos", "Bolivia", "Perú");
			browser.assertAccessible();
			browser.go("/reporting/cycles/" + cycle.id() + "/figures?lang=es");
			assertThat(browser.text()).contains(name);
			browser.assertAccessible();
		}
	}

	/**
	 * On a slow connection a person saves while the autosave of what they typed is still
	 * on its way: the save waits for it, and nobody is told a colleague saved first.
	 */
	@Test
	void savingWhileTheAutosaveIsOnItsWayIsNoConflict() throws Exception {
		Ngo ngo = this.fixtures.accreditedNgo(Language.ES);
		CycleView cycle = this.fixtures.openCycle();

		try (Browser browser = Browser.open(this.port)) {
			browser.signIn(ngo.member().email(), TestAccounts.PASSWORD).go("/reporting");
			browser.click("Empezar el informe para la " + cycle.meetingCode().substring(3)
					+ "ª reunión de la Conferencia de las Partes (" + cycle.meetingCode() + ")");
			ReportView started = this.reports.of(cycle.id(), ngo.organization().id()).orElseThrow();

			browser.slowNetwork(Duration.ofMillis(1500));
			// leaving the first field sends its autosave 0.8 s later; it takes 1.5 s
			browser.type("a-staffMonths", "2").type("a-staffDescription", "Una técnica.");
			browser.pause(Duration.ofMillis(1200)).click("Guardar");
			browser.waitForText("Sus respuestas se han guardado.");
			assertThat(browser.text()).doesNotContain("Un colega guardó este informe");
			browser.slowNetwork(Duration.ZERO);
			assertThat(report(started.id()).answers().text("staffDescription")).hasValue("Una técnica.");
		}
	}

	@Test
	void theSecretariatAddsAQuestionToADraftOfTheFormat() throws Exception {
		this.fixtures.templateInForce();
		TemplateView draft = this.templates.currentDraft().orElseGet(this.templates::startDraft);
		if (draft.status() == VersionStatus.SUBMITTED) {
			draft = this.templates.returnToDraft(draft.id());
		}
		int sections = draft.content().sections().size();
		String section = "sections-" + (sections - 1) + "-fields-";
		int fields = draft.content().sections().get(sections - 1).fields().size();
		AccountView officer = this.accounts.active(Language.ES, Role.SECRETARIAT_OFFICER);

		try (Browser browser = Browser.open(this.port)) {
			browser.signIn(officer.email(), TestAccounts.PASSWORD).go("/reporting/templates/" + draft.id() + "/edit");
			assertThat(browser.heading()).isEqualTo("Modificar la versión " + draft.number() + " del formato");
			browser.assertAccessible();
			browser.click("Añadir un campo a la sección " + sections);
			assertThat(browser.text()).contains("Aún no guardado");
			String field = section + fields + "-";
			browser.type(field + "key", "youthInvolved")
				.choose(field + "type", "Sí o no")
				.type(field + "labelEn", "Were young people involved?")
				.type(field + "labelFr", "Des jeunes y ont-ils participé ?")
				.type(field + "labelEs", "¿Participaron jóvenes?")
				.click("Guardar el formato");
			assertThat(browser.path()).endsWith("?saved");
			browser.assertAccessible();
			browser.go("/reporting/templates");
			assertThat(browser.text()).contains("Versión " + draft.number());
			browser.assertAccessible();
		}
		TemplateField added = this.templates.find(draft.id())
			.orElseThrow()
			.content()
			.sections()
			.get(sections - 1)
			.fields()
			.get(fields);
		assertThat(added).extracting(TemplateField::key, TemplateField::type, TemplateField::labelEs)
			.containsExactly("youthInvolved", FieldType.YES_NO, "¿Participaron jóvenes?");
	}

	/** French groups digits with (narrow) no-break spaces. */
	private static String spaced(String text) {
		return text.replace('\u202f', ' ').replace('\u00a0', ' ');
	}

	private ReportView report(UUID id) {
		return this.reports.find(id).orElseThrow();
	}

	/**
	 * The id of the last entry of a repeating group, as the page named its inputs, once
	 * the browser's request to add it has been saved.
	 */
	private String entryId(UUID report, String group, int count) throws InterruptedException {
		long giveUp = System.nanoTime() + 10_000_000_000L;
		List<Answer.Entry> entries = report(report).answers().entries(group);
		while (entries.size() < count && System.nanoTime() < giveUp) {
			Thread.sleep(100);
			entries = report(report).answers().entries(group);
		}
		assertThat(entries).as(group).hasSize(count);
		return entries.get(count - 1).id();
	}

}
