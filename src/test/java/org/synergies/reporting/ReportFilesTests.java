package org.synergies.reporting;

import org.synergies.reporting.internal.Reports;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accreditation.ApplicationView;
import org.synergies.files.SampleFiles;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.support.ApiScript;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;
import org.synergies.support.TestAccreditation.Ngo;
import org.synergies.support.TestReporting;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Files belong to their record: a report serves only files uploaded to it (or carried
 * forward from the report it started from), an application only its own uploads —
 * whatever id a client writes into its answers. The attack reproduced here: a member of
 * one NGO names another NGO's accreditation statutes in a file field of its own draft
 * report, then asks its report for that file.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class ReportFilesTests implements ApiScript {

	private static final String API = "/api/v1/reporting/reports/";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestAccreditation accreditation;

	@Autowired
	TestReporting reporting;

	@Autowired
	Reports reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void anotherOrganizationsStatutesCannotBeAttachedToOnesOwnReportNorDownloadedThroughIt() {
		this.accreditation.processInForceWithOpenCall();
		Ngo victim = this.accreditation.ngo(Language.FR);
		ApplicationView application = this.accreditation.completeDraft(victim);
		UUID statutes = application.document("D1").orElseThrow().file();
		Ngo attacker = this.reporting.accreditedNgo(Language.EN);
		CycleView cycle = this.reporting.openCycle();
		String token = this.accounts.apiToken(attacker.member());
		String started = body(send(post(API.substring(0, API.length() - 1), token, """
				{"cycle": "%s", "organization": "%s"}""".formatted(cycle.id(), attacker.organization().id()))), 201);
		String report = JsonPath.read(started, "$.id");
		String withPublication = body(send(put(API + report + "/answers", token, answers(version(started),
				Map.of("publications", List.of(Map.of("_id", "p1", "title", "Flyway atlas", "year", "2025")))))), 200);

		Map<String, Object> stolen = Map.of("publications", List.of(Map.of("_id", "p1", "title", "Flyway atlas", "year",
				"2025", "file", Map.of("id", statutes.toString(), "name", "statutes.pdf"))));
		assertThat(send(put(API + report + "/answers", token,
				answers(((Number) JsonPath.read(withPublication, "$.report.version")).longValue(), stolen))
			.header("Accept-Language", "fr"))).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("publications[0].file"))
			.hasPathSatisfying("$.errors[0].rule", rule -> assertThat(rule).isEqualTo("report.rule.foreign-file"))
			.hasPathSatisfying("$.errors[0].message",
					message -> assertThat(message).asString().startsWith("Ce fichier n’a pas été téléversé"));
		assertThat(send(get(API + report + "/files/" + statutes, token))).as("the statutes are not served")
			.hasStatus(404);
		String kept = body(send(get(API + report, token)), 200);
		assertThat(JsonPath.<List<String>>read(kept, "$.answers.publications[*].title")).as("nothing saved is lost")
			.containsExactly("Flyway atlas");
		assertThat(JsonPath.<List<?>>read(kept, "$.answers.publications[*].file")).isEmpty();

		// Its own upload is attached, served and kept by the next save of the answers.
		String attached = body(upload(API + report + "/files", token, "atlas.pdf", SampleFiles.pdf())
			.param("path", "publications[p1].file")
			.exchange(), 200);
		String own = JsonPath.read(attached, "$.answers.publications[0].file.id");
		assertThat(send(get(API + report + "/files/" + own, token))).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_PDF);
		Map<String, Object> resent = Map.of("publications", JsonPath.read(attached, "$.answers.publications"));
		assertThat(send(put(API + report + "/answers", token, answers(version(attached), resent)))).hasStatusOk();
	}

	@Test
	void aReportWhoseAnswersNameAnotherRecordsFileDoesNotServeItOnItsPage() {
		this.accreditation.processInForceWithOpenCall();
		Ngo victim = this.accreditation.ngo(Language.EN);
		ApplicationView application = this.accreditation.completeDraft(victim);
		UUID statutes = application.document("D1").orElseThrow().file();
		Ngo attacker = this.reporting.accreditedNgo(Language.EN);
		CycleView cycle = this.reporting.openCycle();
		ReportView report = TestAccounts.runAs(attacker.member(),
				() -> this.reports.start(cycle.id(), attacker.organization().id(), false));
		// as the answers of a report saved before files were linked to their records
		plantFile(report.id(), statutes);

		assertThat(this.mvc.get()
			.uri("/reporting/reports/" + report.id() + "/files/" + statutes)
			.with(TestAccounts.as(attacker.member()))).hasStatus(404);
		assertThat(this.mvc.get()
			.uri("/reporting/reports/" + report.id() + "/files/" + statutes)
			.with(TestAccounts.as(victim.member()))).as("nor to the owner, through a report not theirs").hasStatus(403);
		assertThat(this.mvc.get()
			.uri("/accreditation/applications/" + application.id() + "/files/" + statutes)
			.with(TestAccounts.as(attacker.member()))).hasStatus(403);
	}

	@Test
	void anApplicationDocumentRecordedOnAnotherApplicationIsNotServedThroughIt() {
		this.accreditation.processInForceWithOpenCall();
		Ngo victim = this.accreditation.ngo(Language.EN);
		UUID statutes = this.accreditation.completeDraft(victim).document("D1").orElseThrow().file();
		Ngo other = this.accreditation.ngo(Language.EN);
		ApplicationView own = this.accreditation.completeDraft(other);
		UUID ownStatutes = own.document("D1").orElseThrow().file();
		String token = this.accounts.apiToken(other.member());
		String download = "/api/v1/accreditation/applications/" + own.id() + "/files/";
		assertThat(send(get(download + ownStatutes, token))).hasStatusOk();

		// as if the other application's document had been recorded on this one
		this.jdbc
			.sql("UPDATE application_document SET file_id = :file WHERE application_id = :id AND document_code = 'D1'")
			.param("file", statutes)
			.param("id", own.id())
			.update();
		assertThat(send(get(download + statutes, token))).hasStatus(404);
		assertThat(this.mvc.get()
			.uri("/accreditation/applications/" + own.id() + "/files/" + statutes)
			.with(TestAccounts.as(other.member()))).hasStatus(404);
	}

	@Test
	void aReportStartedFromThePreviousOneCarriesItsOwnFilesForwardAndNoOthers() {
		Ngo ngo = this.reporting.accreditedNgo(Language.EN);
		this.accreditation.processInForceWithOpenCall();
		UUID foreign = this.accreditation.completeDraft(this.accreditation.ngo(Language.EN))
			.document("D1")
			.orElseThrow()
			.file();
		CycleView first = this.reporting.openCycle();
		ReportView previous = TestAccounts.runAs(ngo.member(), () -> {
			ReportView started = this.reports.start(first.id(), ngo.organization().id(), false);
			ReportView saved = this.reports
				.save(started.id(), started.version(),
						Map.of("publications",
								List.of(Map.of("_id", "p1", "title", "Atlas"), Map.of("_id", "p2", "title", "Other"))))
				.report();
			return this.reports.attach(saved.id(), "publications[p1].file", "atlas.pdf", SampleFiles.pdf());
		});
		String own = previous.answers().files().get(0).id();
		plantFile(previous.id(), foreign);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> TestAccounts.runAs(ngo.member(),
					() -> this.reports.save(previous.id(), previous.version(), Map.of("publications",
							List.of(Map.of("_id", "p1", "title", "Atlas", "file", Map.of("id", foreign.toString())))))))
			.satisfies(refused -> assertThat(refused.problems()).extracting(problem -> problem.field())
				.containsExactly("publications[0].file"));

		CycleView second = this.reporting.openCycle();
		ReportView copied = TestAccounts.runAs(ngo.member(),
				() -> this.reports.start(second.id(), ngo.organization().id(), true));
		assertThat(copied.answers().files()).extracting(ReportAnswers.FileAnswer::id).containsExactly(own);
		assertThat(this.reports.file(copied.id(), UUID.fromString(own))).isPresent();
		assertThat(this.mvc.get()
			.uri("/reporting/reports/" + copied.id() + "/files/" + own)
			.with(TestAccounts.as(ngo.member()))).hasStatusOk();
		assertThat(this.reports.file(copied.id(), foreign)).isEmpty();
	}

	/**
	 * Writes a file answer straight into a report's stored answers (the second entry).
	 */
	private void plantFile(UUID report, UUID file) {
		String answers = this.jdbc.sql("SELECT answers FROM report WHERE id = :id")
			.param("id", report)
			.query(String.class)
			.single();
		Map<String, Object> planted = new java.util.LinkedHashMap<>(this.json.readValue(answers, Map.class));
		List<Object> publications = new java.util.ArrayList<>(
				(List<?>) planted.getOrDefault("publications", List.of()));
		publications
			.add(Map.of("_id", "planted", "title", "Statutes", "file", Map.of("id", file.toString(), "name", "s.pdf")));
		planted.put("publications", publications);
		this.jdbc.sql("UPDATE report SET answers = :answers WHERE id = :id")
			.param("answers", this.json.writeValueAsString(planted))
			.param("id", report)
			.update();
	}

	private String answers(long version, Map<String, Object> answers) {
		return this.json.writeValueAsString(Map.of("version", version, "answers", answers));
	}

	@Override
	public MockMvcTester mvc() {
		return this.mvc;
	}

}
