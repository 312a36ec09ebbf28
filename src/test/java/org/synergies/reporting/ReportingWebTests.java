package org.synergies.reporting;

import org.synergies.reporting.internal.ReportingCycles;
import org.synergies.reporting.internal.ReportReview;
import org.synergies.reporting.internal.ReportingNotices;
import org.synergies.reporting.internal.ReportingTemplates;
import org.synergies.reporting.internal.Reports;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.shared.Language;
import org.synergies.shared.VersionStatus;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation.Ngo;
import org.synergies.support.TestReporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@SpringBootTest
@AutoConfigureMockMvc
class ReportingWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestReporting fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Reports reports;

	@Autowired
	ReportReview review;

	@Autowired
	ReportingCycles cycles;

	@Autowired
	ReportingTemplates templates;

	@Autowired
	ReportingNotices notices;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anNgoStartsItsReportFillsItAddsAnActivityAndIsToldWhatIsMissingInItsLanguage() {
		Ngo ngo = this.fixtures.accreditedNgo(Language.ES);
		CycleView cycle = this.fixtures.openCycle();

		assertThat(this.mvc.get().uri("/reporting").header("Accept-Language", "es").with(TestAccounts.as(ngo.member())))
			.hasStatusOk()
			.bodyText()
			.contains("Empezar el informe para la " + cycle.meetingCode().substring(3)
					+ "ª reunión de la Conferencia de las Partes (" + cycle.meetingCode() + ")");
		MvcTestResult started = this.mvc.post()
			.uri("/reporting/reports")
			.param("cycle", cycle.id().toString())
			.param("organization", ngo.organization().id().toString())
			.with(TestAccounts.as(ngo.member()))
			.with(csrf())
			.exchange();
		String page = started.getResponse().getRedirectedUrl();
		assertThat(page).startsWith("/reporting/reports/");
		ReportView report = this.reports.of(cycle.id(), ngo.organization().id()).orElseThrow();
		assertThat(this.mvc.get().uri(page).header("Accept-Language", "es").with(TestAccounts.as(ngo.member())))
			.hasStatusOk()
			.bodyText()
			.contains("Actividades que contribuyen a la Familia de la CMS", "Sus respuestas se guardan",
					// no publication yet, so no file to attach: the page says how to get
					// one
					"Los archivos pertenecen a una entrada")
			// a repeating group is its entries and a button to add one, never a text box
			.doesNotContain("name=\"a.activities\"", "name=\"a.financialLines\"");

		assertThat(this.mvc.post()
			.uri(page + "/save")
			.param("version", String.valueOf(report.version()))
			.param("a.staffMonths", "4,5")
			.param("add", "activities")
			.with(TestAccounts.as(ngo.member()))
			.with(csrf())).hasRedirectedUrl(page + "?saved#activities");
		ReportView withEntry = this.reports.find(report.id()).orElseThrow();
		assertThat(withEntry.answers().entries("activities")).hasSize(1);
		String entry = withEntry.answers().entries("activities").get(0).id();

		MvcTestResult saved = this.mvc.post()
			.uri(page + "/autosave")
			.param("version", String.valueOf(withEntry.version()))
			.param("a.staffMonths", "4,5")
			.param("g.activities", entry)
			.param("g.activities." + entry + ".title", "Seguimiento de aves playeras")
			.param("g.activities." + entry + ".instruments", "CMS", "AEWA")
			.header("HX-Request", "true")
			.header("Accept-Language", "es")
			.with(TestAccounts.as(ngo.member()))
			.with(csrf())
			.exchange();
		assertThat(saved).hasStatusOk().bodyText().contains("Guardado a las");
		assertThat(this.reports.find(report.id()).orElseThrow().answers().entries("activities").get(0).text("title"))
			.hasValue("Seguimiento de aves playeras");

		// Two colleagues saving from the same version: the second is told, and keeps what
		// it typed.
		ReportView current = this.reports.find(report.id()).orElseThrow();
		assertThat(this.mvc.post()
			.uri(page + "/save")
			.param("version", String.valueOf(current.version()))
			.param("a.staffMonths", "5")
			.param("g.activities", entry)
			.param("g.activities." + entry + ".title", "Seguimiento de aves playeras")
			.with(TestAccounts.as(ngo.member()))
			.with(csrf())).hasRedirectedUrl(page + "?saved");
		assertThat(this.mvc.post()
			.uri(page + "/save")
			.param("version", String.valueOf(current.version()))
			.param("a.staffMonths", "7")
			.param("g.activities", entry)
			.param("g.activities." + entry + ".title", "Censo de aves playeras")
			.header("Accept-Language", "es")
			.with(TestAccounts.as(ngo.member()))
			.with(csrf())).hasStatus(409)
			.bodyText()
			.contains("Un colega guardó este informe después de que usted lo abriera", "Censo de aves playeras");
		assertThat(this.reports.find(report.id()).orElseThrow().answers().text("staffMonths")).hasValue("5");

		MvcTestResult refused = this.mvc.post()
			.uri(page + "/submit")
			.header("Accept-Language", "es")
			.with(TestAccounts.as(ngo.member()))
			.with(csrf())
			.exchange();
		assertThat(refused).hasStatus(422)
			.bodyText()
			.contains("El informe aún no puede presentarse",
					"Actividades: entrada 1, Descripción — Rellene este campo.");
	}

	@Test
	void theSecretariatFollowsTheCycleSetsRatesAndAnyoneReadsTheFigures() {
		Ngo ngo = this.fixtures.accreditedNgo(Language.EN);
		CycleView cycle = this.fixtures.openCycle();
		this.notices.sendDue();
		ReportView submitted = TestAccounts.runAs(ngo.member(), () -> {
			ReportView started = this.reports.start(cycle.id(), ngo.organization().id(), false);
			ReportView saved = this.reports.save(started.id(), started.version(), TestReporting.completeAnswers())
				.report();
			return this.reports.submit(saved.id(), saved.version());
		});
		this.review.accept(submitted.id(), submitted.version(), Visibility.PUBLIC);
		AccountView officer = this.accounts.active(Language.FR, Role.SECRETARIAT_OFFICER);
		String page = "/reporting/cycles/" + cycle.id();

		assertThat(this.mvc.get().uri(page).header("Accept-Language", "fr").with(TestAccounts.as(officer)))
			.hasStatusOk()
			.bodyText()
			.contains(
					"Rapports pour la " + cycle.meetingCode().substring(3) + "e session de la Conférence des Parties ("
							+ cycle.meetingCode() + ")",
					ngo.organization().officialName(), "Accepté",
					"<span>" + ngo.member().email() + "</span> (<abbr title=\"English\">en</abbr>)",
					"hx-get=\"" + page + "/compilations\"");
		assertThat(this.mvc.get()
			.uri(page + "/compilations")
			.header("Accept-Language", "fr")
			.with(TestAccounts.as(officer))).as("the compile section the page loads")
			.hasStatusOk()
			.bodyText()
			// the document is compiled in the reader's language unless they choose
			// another
			.contains("<option value=\"FR\" lang=\"fr\" selected=\"selected\">Français</option>");
		assertThat(this.mvc.get().uri(page + "/figures").header("Accept-Language", "en")).hasStatusOk()
			.bodyText()
			.contains("The figures are not available yet");
		assertThat(this.mvc.post()
			.uri(page + "/rates")
			.param("rates", "EUR 1.08\nKES 0,0077")
			.with(TestAccounts.as(officer))
			.with(csrf())).hasRedirectedUrl(page + "?rates");
		assertThat(this.cycles.find(cycle.id()).orElseThrow().rates().get("EUR").usdPerUnit())
			.isEqualByComparingTo("1.08");
		assertThat(this.mvc.get().uri(page + "/figures").header("Accept-Language", "en")).hasStatusOk()
			.bodyText()
			.contains("By instrument (USD)", "21,201");
		assertThat(this.mvc.get()
			.uri(page + "/figures/lines")
			.param("dimension", "INSTRUMENT")
			.param("code", "AEWA")
			.with(TestAccounts.as(officer))).hasStatusOk()
			.bodyText()
			.contains("Wetland restoration in the Rift Valley", "1,000,000.00", "7,700");
		assertThat(this.mvc.get().uri("/reporting/reports/" + submitted.id())).as("published: anyone reads it")
			.hasStatusOk()
			.bodyText()
			.contains("Sahel flyway monitoring");
		assertThat(this.mvc.post()
			.uri(page + "/rates")
			.param("rates", "euros: lots")
			.header("Accept-Language", "fr")
			.with(TestAccounts.as(officer))
			.with(csrf())
			.exchange()
			.getMvcResult()
			.getFlashMap()
			.get("problems")).asString().contains("n’est pas une monnaie suivie d’un taux");
	}

	@Test
	void aCompilationWhoseNodeStoppedIsShownInterruptedInTheReadersLanguage() {
		CycleView cycle = this.fixtures.openCycle();
		AccountView officer = this.accounts.active(Language.FR, Role.SECRETARIAT_OFFICER);
		UUID job = UUID.randomUUID();
		Timestamp silent = Timestamp.from(Instant.now().minus(Duration.ofMinutes(11)));
		this.jdbc.sql("""
				INSERT INTO compilation_job (id, cycle_id, language, symbol, status, step, progress, requested_by,
				    requested_at, heartbeat_at)
				VALUES (:id, :cycle, 'EN', 'UNEP/CMS/COP99/Inf.1', 'RUNNING', 'PDF', 40, 'someone', :at, :at)""")
			.param("id", job)
			.param("cycle", cycle.id())
			.param("at", silent)
			.update();

		assertThat(this.mvc.get()
			.uri("/reporting/compilations/" + job)
			.header("Accept-Language", "fr")
			.with(TestAccounts.as(officer))).hasStatusOk()
			.bodyText()
			.contains("Échec", "La compilation a été interrompue (le serveur s’est arrêté). Relancez-la.");
	}

	@Test
	void theFormatIsReadByAnyoneAndItsDraftWrittenByTheSecretariatInTheFormOrAsJson() {
		TemplateView inForce = this.fixtures.templateInForce();
		AccountView officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);

		assertThat(this.mvc.get().uri("/reporting/templates/" + inForce.id()).header("Accept-Language", "es"))
			.hasStatusOk()
			.bodyText()
			.contains("Formato de informe de la sociedad civil", "Importe y moneda");
		TemplateView draft = this.templates.currentDraft().orElseGet(this.templates::startDraft);
		if (draft.status() == VersionStatus.SUBMITTED) {
			draft = this.templates.returnToDraft(draft.id());
		}
		String edit = "/reporting/templates/" + draft.id() + "/edit";
		assertThat(this.mvc.get().uri(edit).with(TestAccounts.as(officer))).hasStatusOk()
			.bodyText()
			.contains("Edit version " + draft.number() + " of the format",
					"Section 1: Activities contributing to the CMS Family", "value=\"financialLines\"",
					"CASH | Cash | En espèces | En efectivo");

		// Adding a field shows it at once, saved only with the rest.
		MultiValueMap<String, String> form = form(draft.content(), draft.version());
		form.add("action", "add-field:sections[1]");
		assertThat(this.mvc.post().uri(edit).params(form).with(TestAccounts.as(officer)).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Not saved yet", "name=\"sections[1].fields[1].key\"");
		assertThat(this.templates.find(draft.id()).orElseThrow().content()).isEqualTo(draft.content());

		// A label left blank: the problem at its place, and everything typed is still
		// there.
		form = form(draft.content(), draft.version());
		form.set("sections[1].fields[0].labelEn", "");
		form.set("sections[0].titleFr", "Activités (nouveau titre)");
		assertThat(this.mvc.post().uri(edit).params(form).with(TestAccounts.as(officer)).with(csrf())).hasStatus(422)
			.bodyText()
			.contains("One problem keeps the format from being saved",
					"Section 2 › Field 1 › Label (English) — Fill in this field.", "Activités (nouveau titre)");

		// Saved: the draft changes, a new version of it.
		form = form(draft.content(), draft.version());
		form.set("sections[0].titleFr", "Activités (nouveau titre)");
		form.add("action", "save");
		assertThat(this.mvc.post().uri(edit).params(form).with(TestAccounts.as(officer)).with(csrf()))
			.hasRedirectedUrl("/reporting/templates/" + draft.id() + "?saved");
		TemplateView saved = this.templates.find(draft.id()).orElseThrow();
		assertThat(saved.content().sections().get(0).titleFr()).isEqualTo("Activités (nouveau titre)");
		assertThat(saved.content().sections().get(1)).isEqualTo(draft.content().sections().get(1));

		// A draft may lack a translation; the Standing Committee gets the format whole.
		MultiValueMap<String, String> untranslated = form(saved.content(), saved.version());
		untranslated.set("sections[1].fields[0].labelFr", "");
		untranslated.add("action", "save");
		assertThat(this.mvc.post().uri(edit).params(untranslated).with(TestAccounts.as(officer)).with(csrf()))
			.hasRedirectedUrl("/reporting/templates/" + draft.id() + "?saved");
		assertThat(this.mvc.post()
			.uri("/reporting/templates/" + draft.id() + "/submit")
			.with(TestAccounts.as(officer))
			.with(csrf())).hasStatus(422)
			.bodyText()
			.contains("The format cannot go to the Standing Committee yet: one text needs your attention.",
					"Section 2 › Field 1 › Label (French) — Give the French text.");
		assertThat(this.templates.find(draft.id()).orElseThrow().status()).isEqualTo(VersionStatus.DRAFT);
		TemplateView withoutFrench = this.templates.find(draft.id()).orElseThrow();
		this.templates.write(draft.id(), withoutFrench.version(), saved.content());

		// Saving what was read before is a conflict, not a lost update.
		assertThat(this.mvc.post().uri(edit).params(form).with(TestAccounts.as(officer)).with(csrf())).hasStatus(409)
			.bodyText()
			.contains("Activités (nouveau titre)");

		// The JSON editor, for a format copied from elsewhere.
		assertThat(this.mvc.get().uri("/reporting/templates/" + draft.id() + "/source").with(TestAccounts.as(officer)))
			.hasStatusOk()
			.bodyText()
			.contains("financialLines");
		assertThat(this.mvc.post()
			.uri("/reporting/templates/" + draft.id() + "/source")
			.param("version", String.valueOf(saved.version()))
			.param("source", "{\"titleEn\": \"\", \"sections\": []}")
			.with(TestAccounts.as(officer))
			.with(csrf())
			.exchange()
			.getMvcResult()
			.getFlashMap()
			.get("problems")).asString().contains("A template needs at least one section.");
	}

	/** The editor's form as the browser sends it back for this content. */
	private static MultiValueMap<String, String> form(TemplateContent content, long version) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("version", String.valueOf(version));
		form.add("titleEn", content.titleEn());
		form.add("titleFr", String.valueOf(content.titleFr()));
		form.add("titleEs", String.valueOf(content.titleEs()));
		for (int s = 0; s < content.sections().size(); s++) {
			TemplateSection section = content.sections().get(s);
			String path = "sections[" + s + "]";
			form.add(path + ".key", section.key());
			form.add(path + ".titleEn", section.titleEn());
			form.add(path + ".titleFr", nullToEmpty(section.titleFr()));
			form.add(path + ".titleEs", nullToEmpty(section.titleEs()));
			form.add(path + ".introEn", nullToEmpty(section.introEn()));
			form.add(path + ".introFr", nullToEmpty(section.introFr()));
			form.add(path + ".introEs", nullToEmpty(section.introEs()));
			fields(form, path, section.fields());
		}
		return form;
	}

	private static void fields(MultiValueMap<String, String> form, String parent, List<TemplateField> fields) {
		for (int f = 0; f < fields.size(); f++) {
			TemplateField field = fields.get(f);
			String path = parent + ".fields[" + f + "]";
			form.add(path + ".key", field.key());
			form.add(path + ".type", field.type().name());
			if (field.required()) {
				form.add(path + ".required", "true");
			}
			form.add(path + ".labelEn", field.labelEn());
			form.add(path + ".labelFr", nullToEmpty(field.labelFr()));
			form.add(path + ".labelEs", nullToEmpty(field.labelEs()));
			form.add(path + ".helpEn", nullToEmpty(field.helpEn()));
			form.add(path + ".helpFr", nullToEmpty(field.helpFr()));
			form.add(path + ".helpEs", nullToEmpty(field.helpEs()));
			form.add(path + ".choices", field.choices() == null ? "" : field.choices().name());
			form.add(path + ".role", field.role() == null ? "" : field.role().name());
			form.add(path + ".options",
					field.options()
						.stream()
						.map(option -> option.code() + " | " + option.labelEn() + " | " + nullToEmpty(option.labelFr())
								+ " | " + nullToEmpty(option.labelEs()))
						.collect(Collectors.joining("\n")));
			fields(form, path, field.fields());
		}
	}

	private static String nullToEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

}
