package org.synergies.reporting;

import org.synergies.reporting.internal.Reports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.synergies.accreditation.ApplicationView;
import org.synergies.files.SampleFiles;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;
import org.synergies.support.TestAccreditation.Ngo;
import org.synergies.support.TestReporting;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations that link the files already stored to their records (V9_11, V9_12), run
 * again on data as it was before the links existed: applications keep their documents,
 * reports their own uploads, and a report that named another organization's document gets
 * no link to it. On a database of its own: the links are all removed first.
 */
@SpringBootTest(properties = "synergies.test.fresh=file-links")
@DatabaseTest
class FileLinkBackfillTests {

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
	void existingFilesAreLinkedToTheirRecordsButNotToAReportThatNamedAnotherOrganizationsFile() throws IOException {
		this.accreditation.processInForceWithOpenCall();
		Ngo victim = this.accreditation.ngo(Language.EN);
		ApplicationView application = this.accreditation.completeDraft(victim);
		UUID statutes = application.document("D1").orElseThrow().file();
		UUID evidence = application.answer("C2").orElseThrow().evidence();
		Ngo ngo = this.reporting.accreditedNgo(Language.EN);
		CycleView cycle = this.reporting.openCycle();
		ReportView report = TestAccounts.runAs(ngo.member(), () -> {
			ReportView started = this.reports.start(cycle.id(), ngo.organization().id(), false);
			ReportView saved = this.reports
				.save(started.id(), started.version(),
						Map.of("publications",
								List.of(Map.of("_id", "p1", "title", "Atlas"), Map.of("_id", "p2", "title", "Theirs"))))
				.report();
			return this.reports.attach(saved.id(), "publications[p1].file", "atlas.pdf", SampleFiles.pdf());
		});
		UUID own = UUID.fromString(report.answers().files().get(0).id());
		String answers = this.json.writeValueAsString(report.answers().stored())
			.replace("{\"_id\":\"p2\",\"title\":\"Theirs\"}", "{\"_id\":\"p2\",\"title\":\"Theirs\",\"file\":{\"id\":\""
					+ statutes + "\",\"name\":\"statutes.pdf\"}}");
		assertThat(answers).contains(statutes.toString());
		this.jdbc.sql("UPDATE report SET answers = :answers WHERE id = :id")
			.param("answers", answers)
			.param("id", report.id())
			.update();

		this.jdbc.sql("DELETE FROM stored_file_link").update();
		run("db/common/accreditation/V9_11__application_file_links.sql");
		run("db/common/reporting/V9_12__report_file_links.sql");

		assertThat(owners(statutes)).containsExactly("accreditation-application " + application.id());
		assertThat(owners(evidence)).containsExactly("accreditation-application " + application.id());
		assertThat(owners(own)).containsExactly("report " + report.id());
		assertThat(this.reports.file(report.id(), own)).isPresent();
		assertThat(this.reports.file(report.id(), statutes)).isEmpty();
	}

	private List<String> owners(UUID file) {
		return this.jdbc.sql("SELECT owner_type, owner_id FROM stored_file_link WHERE file_id = :file")
			.param("file", file)
			.query((rs, row) -> rs.getString("owner_type") + " " + rs.getObject("owner_id", UUID.class))
			.list();
	}

	private void run(String script) throws IOException {
		String sql = new ClassPathResource(script).getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.filter(line -> !line.startsWith("--"))
			.reduce("", (all, line) -> all + line + "\n")
			.strip();
		this.jdbc.sql(sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql).update();
	}

}
