package org.synergies.compilations;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.MeetingView;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.internal.ReportReview;
import org.synergies.reporting.ReportView;
import org.synergies.reporting.internal.ReportingCycles;
import org.synergies.reporting.internal.Reports;
import org.synergies.reporting.Visibility;
import org.synergies.shared.Language;
import org.synergies.shared.UnDates;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation.Ngo;
import org.synergies.support.TestReporting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compiled document reads as a United Nations editor writes it, in French and Spanish
 * (issue 11, point 5): the instrument and the meeting with the articles their names take,
 * UN dates, French typography that survives into the DOCX and the PDF, and the language
 * the document was prepared in.
 */
@SpringBootTest
class CompilationWordingTests {

	private static final String SYMBOL = "UNEP/AEWA/MOP9/Inf.7";

	@Autowired
	TestReporting fixtures;

	@Autowired
	ReportingCycles cycles;

	@Autowired
	Reports reports;

	@Autowired
	ReportReview review;

	@Autowired
	Compilations compilations;

	@Autowired
	GoverningBodies bodies;

	@Autowired
	CompilationJobs jobs;

	@Test
	void theFrenchDocumentNamesTheAgreementAndTheMeetingWithTheirArticlesAndKeepsItsSpaces() throws Exception {
		CycleView cycle = cycleWithAnAcceptedReport();
		MeetingView meeting = this.bodies.meeting(cycle.meeting()).orElseThrow();
		Compilation aewa = this.compilations.compile(cycle.id(), "AEWA");

		String docx = docxText(this.compilations.write(aewa, SYMBOL, Language.FR, CompilationFormat.DOCX));
		String session = meeting.number() + "e session de la Conférence des Parties (" + meeting.code() + ")";
		assertThat(docx).contains(
				"CONTRIBUTIONS DE LA SOCIÉTÉ CIVILE À L’ACCORD SUR LA CONSERVATION DES OISEAUX D’EAU MIGRATEURS",
				"Dans le cycle de rapport pour la " + session,
				"leur contribution à l’Accord sur la conservation des oiseaux d’eau migrateurs d’Afrique-Eurasie",
				session + ", Bonn, " + UnDates.range(meeting.startsOn(), meeting.endsOn(), Language.FR),
				"Original\u00a0: anglais", "USD\u00a0: ");
		assertThat(docx).doesNotContain("à Accord", "la COP", " :", " ;", "’ ");

		String pdf = pdfText(this.compilations.write(aewa, SYMBOL, Language.FR, CompilationFormat.PDF));
		assertThat(pdf).contains("Original\u00a0: anglais");
		assertThat(pdf.replaceAll("[\\s\u00a0\u202f]+", " ")).contains("à l’Accord sur la conservation des oiseaux");
		assertThat(pdf.lines()).as("no line ends after an elided article or starts with : ; ! ?")
			.noneMatch(line -> line.stripTrailing().matches(".*\\b[ldjmnst]’$"))
			.noneMatch(line -> line.strip().matches("^[:;!?].*"));
	}

	@Test
	void theSpanishDocumentContractsTheArticleAndWritesDatesWithA() throws Exception {
		CycleView cycle = cycleWithAnAcceptedReport();
		MeetingView meeting = this.bodies.meeting(cycle.meeting()).orElseThrow();
		Compilation aewa = this.compilations.compile(cycle.id(), "AEWA");

		String docx = docxText(this.compilations.write(aewa, SYMBOL, Language.ES, CompilationFormat.DOCX));
		String reunion = meeting.number() + "ª reunión de la Conferencia de las Partes (" + meeting.code() + ")";
		assertThat(docx).contains("CONTRIBUCIONES DE LA SOCIEDAD CIVIL AL ACUERDO SOBRE LA CONSERVACIÓN",
				"En el ciclo de informes para la " + reunion,
				"su contribución al Acuerdo sobre la Conservación de las Aves Acuáticas Migratorias",
				reunion + ", Bonn, " + UnDates.range(meeting.startsOn(), meeting.endsOn(), Language.ES),
				"Original: inglés");
		assertThat(UnDates.range(meeting.startsOn(), meeting.endsOn(), Language.ES)).contains(" a ");

		Compilation all = this.compilations.compile(cycle.id(), null);
		assertThat(docxText(this.compilations.write(all, SYMBOL, Language.ES, CompilationFormat.DOCX)))
			.contains("A LA FAMILIA DE LA CMS", "su contribución a la Familia de la CMS");
		assertThat(docxText(this.compilations.write(all, SYMBOL, Language.EN, CompilationFormat.DOCX))).contains(
				"TO THE CMS FAMILY", "their contribution to the CMS Family", "Original: English",
				"In the reporting cycle for the " + meeting.number());
	}

	@Test
	void everyRenderingStatesTheLanguageTheDocumentWasPreparedIn() throws Exception {
		CycleView cycle = cycleWithAnAcceptedReport();
		CompilationJob job = this.jobs.request(cycle.id(), "AEWA", Language.ES, Language.FR, SYMBOL);
		assertThat(job.original()).isEqualTo(Language.FR);
		CompilationJob done = job;
		for (int i = 0; i < 300 && !done.status().isFinished(); i++) {
			Thread.sleep(100);
			done = this.jobs.find(job.id()).orElseThrow();
		}
		assertThat(done.status()).isEqualTo(CompilationJob.Status.DONE);
		assertThat(docxText(this.jobs.output(job.id(), CompilationFormat.DOCX).orElseThrow()))
			.contains("Original: francés")
			.doesNotContain("Original: español");
		Compilation aewa = this.compilations.compile(cycle.id(), "AEWA");
		assertThat(docxText(this.compilations.write(aewa, SYMBOL, Language.FR, Language.ES, CompilationFormat.DOCX)))
			.contains("Original\u00a0: espagnol");
	}

	private CycleView cycleWithAnAcceptedReport() {
		Ngo ngo = this.fixtures.accreditedNgo(Language.FR);
		CycleView cycle = this.fixtures.openCycle();
		ReportView submitted = TestAccounts.runAs(ngo.member(), () -> {
			ReportView started = this.reports.start(cycle.id(), ngo.organization().id(), false);
			ReportView saved = this.reports.save(started.id(), started.version(), TestReporting.completeAnswers())
				.report();
			return this.reports.submit(saved.id(), saved.version());
		});
		this.review.accept(submitted.id(), submitted.version(), Visibility.PUBLIC);
		return this.cycles.setRates(cycle.id(),
				Map.of("EUR", new BigDecimal("1.08"), "KES", new BigDecimal("0.0077"), "GBP", new BigDecimal("1.27")));
	}

	private static String docxText(byte[] docx) throws Exception {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	private static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
