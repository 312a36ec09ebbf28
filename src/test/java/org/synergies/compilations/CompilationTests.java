package org.synergies.compilations;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.synergies.compilations.Compilation.Dimension;
import org.synergies.compilations.Compilation.Kind;
import org.synergies.compilations.Compilation.Row;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.internal.ReportingCycles;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccreditation.Ngo;
import org.synergies.support.TestReporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The figures against totals computed by hand. Rates: EUR 1.08, KES 0.0077, GBP 1.27 US
 * dollars. NGO A: 12,500.50 EUR cash for a Sahel activity (CMS, Africa); 1,000,000 KES in
 * kind for a Rift Valley activity (CMS and AEWA, Africa). NGO B: 2,000 GBP cash for a
 * North Sea activity (AEWA, Europe); 500 EUR cash for no particular activity.
 */
@SpringBootTest
@DatabaseTest
class CompilationTests {

	@Autowired
	TestReporting fixtures;

	@Autowired
	ReportingCycles cycles;

	@Autowired
	Compilations compilations;

	@Autowired
	CompilationJobs jobs;

	@Test
	void theFiguresAreTheHandComputedTotalsInUsDollarsCashAndInKindApart() {
		CycleView cycle = cycleWithTwoAcceptedReports();

		Compilation all = this.compilations.compile(cycle.id(), null);

		// cash: 12,500.50 × 1.08 + 2,000 × 1.27 + 500 × 1.08 = 13,500.54 + 2,540 + 540
		assertThat(all.figures().cashUsd()).isEqualByComparingTo("16580.54");
		// in kind: 1,000,000 × 0.0077
		assertThat(all.figures().inKindUsd()).isEqualByComparingTo("7700");
		assertThat(all.figures().totalUsd()).isEqualByComparingTo("24280.54");
		assertThat(all.figures().activities()).isEqualTo(3);
		assertThat(all.figures().countries()).as("ML, NE, KE, DE").isEqualTo(4);
		assertThat(all.figures().organizations()).isEqualTo(2);
		assertThat(all.figures().staffMonths()).isEqualByComparingTo("9");

		assertThat(row(all, Dimension.INSTRUMENT, "CMS")).satisfies(row -> {
			assertThat(row.cashUsd()).isEqualByComparingTo("13500.54");
			assertThat(row.inKindUsd()).isEqualByComparingTo("7700");
			assertThat(row.activities()).isEqualTo(2);
		});
		assertThat(row(all, Dimension.INSTRUMENT, "AEWA")).satisfies(row -> {
			assertThat(row.cashUsd()).isEqualByComparingTo("2540");
			assertThat(row.inKindUsd()).isEqualByComparingTo("7700");
			assertThat(row.activities()).isEqualTo(2);
		});
		assertThat(row(all, Dimension.INSTRUMENT, "")).as("money for no particular activity")
			.satisfies(row -> assertThat(row.cashUsd()).isEqualByComparingTo("540"));
		assertThat(row(all, Dimension.REGION, "AFRICA").totalUsd()).isEqualByComparingTo("21200.54");
		assertThat(row(all, Dimension.REGION, "EUROPE").totalUsd()).isEqualByComparingTo("2540");
		assertThat(row(all, Dimension.TARGET, "10").totalUsd()).as("targets 8 and 10 for the Sahel, 10 for the Rift")
			.isEqualByComparingTo("21200.54");
		assertThat(all.figures().currencies()).extracting(Compilation.CurrencyTotal::currency)
			.containsExactly("EUR", "GBP", "KES");

		assertThat(all.linesUnder(Dimension.INSTRUMENT, "AEWA", Kind.CASH))
			.as("every figure traces back to the lines it sums")
			.singleElement()
			.satisfies(line -> {
				assertThat(line.amount()).isEqualByComparingTo("2000");
				assertThat(line.currency()).isEqualTo("GBP");
				assertThat(line.activityTitle()).isEqualTo("North Sea waders");
			});
	}

	@Test
	void aCompilationForAewaCountsExactlyTheActivitiesTaggedWithItAndTheMoneyThatFundsThem() {
		CycleView cycle = cycleWithTwoAcceptedReports();

		Compilation aewa = this.compilations.compile(cycle.id(), "AEWA");

		assertThat(aewa.activities()).extracting(Compilation.Activity::title)
			.containsExactlyInAnyOrder("Wetland restoration in the Rift Valley", "North Sea waders");
		assertThat(aewa.figures().cashUsd()).isEqualByComparingTo("2540");
		assertThat(aewa.figures().inKindUsd()).isEqualByComparingTo("7700");
		assertThat(aewa.figures().activities()).isEqualTo(2);
	}

	@Test
	void aCurrencyWithoutARateStopsTheCompilationAndSaysWhichOne() {
		CycleView cycle = cycleWithTwoAcceptedReports();
		this.cycles.setRates(cycle.id(), Map.of("EUR", new BigDecimal("1.08")));

		assertThatThrownBy(() -> this.compilations.compile(cycle.id(), null))
			.isInstanceOfSatisfying(org.synergies.shared.RuleViolationException.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("compilation.rule.missing-rates");
				assertThat(refused.arguments()).containsExactly("GBP, KES");
			});
	}

	@Test
	void theDocumentHasTheSymbolHeadingsInTheChosenLanguageTheFiguresAndEachContribution() throws Exception {
		CycleView cycle = cycleWithTwoAcceptedReports();
		Compilation compilation = this.compilations.compile(cycle.id(), null);

		byte[] docx = this.compilations.write(compilation, "UNEP/CMS/COP15/Inf.12", Language.FR,
				CompilationFormat.DOCX);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = normalized(extractor.getText());
			assertThat(text).contains("UNEP/CMS/COP15/Inf.12",
					"CONTRIBUTIONS DE LA SOCIÉTÉ CIVILE À LA FAMILLE DE LA CMS", "Tableau 2. Par instrument (USD)",
					"24 281 USD : 16 581 USD en espèces et 7 700 USD en nature", "Contributions telles que reçues",
					"Sahel flyway monitoring", "North Sea waders", "Annexe 1. Taux de change",
					"Non attribué à une activité");
		}

		byte[] pdf = this.compilations.write(compilation, "UNEP/CMS/COP15/Inf.12", Language.ES, CompilationFormat.PDF);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = normalized(new PDFTextStripper().getText(document));
			assertThat(text).contains("UNEP/CMS/COP15/Inf.12", "CONTRIBUCIONES DE LA SOCIEDAD CIVIL",
					"Cuadro 1. Compromiso financiero combinado (USD)", "24.281",
					"Contribuciones tal como se recibieron", "Wetland restoration in the Rift Valley");
			assertThat(text).contains("Distr. general");
			PDFTextStripper second = new PDFTextStripper();
			second.setSortByPosition(true);
			second.setStartPage(2);
			second.setEndPage(2);
			assertThat(second.getText(document).strip()).as("the symbol runs at the top, the number at the bottom")
				.startsWith("UNEP/CMS/COP15/Inf.12")
				.endsWith("2");
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
				}
			}
		}

		String html = new String(
				this.compilations.write(compilation, "UNEP/CMS/COP15/Inf.12", Language.EN, CompilationFormat.HTML),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("<html lang=\"en\"", "Table 5. By target of the Strategic Plan");

		String csv = new String(this.compilations.write(compilation, "x", Language.EN, CompilationFormat.CSV),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv.lines()).filteredOn(line -> line.startsWith("CASH,") || line.startsWith("IN_KIND,")).hasSize(4);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
				this.compilations.write(compilation, "x", Language.EN, CompilationFormat.XLSX)))) {
			assertThat(workbook.getSheet("figures").getRow(1).getCell(6).getNumericCellValue()).isEqualTo(24280.54);
		}
	}

	@Test
	void aCompilationRunsInTheBackgroundAndLeavesEveryFormat() throws Exception {
		CycleView cycle = cycleWithTwoAcceptedReports();

		CompilationJob job = this.jobs.request(cycle.id(), "AEWA", Language.ES, null);
		assertThat(job.status()).isIn(CompilationJob.Status.QUEUED, CompilationJob.Status.RUNNING,
				CompilationJob.Status.DONE);
		CompilationJob done = job;
		for (int i = 0; i < 300 && !done.status().isFinished(); i++) {
			Thread.sleep(100);
			done = this.jobs.find(job.id()).orElseThrow();
		}
		assertThat(done.status()).isEqualTo(CompilationJob.Status.DONE);
		assertThat(done.progress()).isEqualTo(100);
		for (CompilationFormat format : CompilationFormat.values()) {
			assertThat(this.jobs.output(job.id(), format)).as(format.name())
				.hasValueSatisfying(content -> assertThat(content).isNotEmpty());
		}
		assertThat(this.jobs.of(cycle.id())).extracting(CompilationJob::id).contains(job.id());

		this.cycles.setRates(cycle.id(), Map.of("EUR", new BigDecimal("1.08")));
		assertThatThrownBy(() -> this.jobs.request(cycle.id(), null, Language.EN, "UNEP/CMS/COP15/Inf.12"))
			.as("refused at once, not in the background")
			.hasMessage("compilation.rule.missing-rates");
	}

	private static String normalized(String text) {
		return text.replace('\u202f', ' ').replace('\u00a0', ' ').replaceAll("\\s+", " ");
	}

	private CycleView cycleWithTwoAcceptedReports() {
		Ngo a = this.fixtures.accreditedNgo(Language.EN);
		Ngo b = this.fixtures.accreditedNgo(Language.FR);
		CycleView cycle = this.fixtures.openCycle();
		this.fixtures.acceptedReport(a, cycle, TestReporting.completeAnswers());
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("activities", List.of(TestReporting.activity("b1", "North Sea waders", List.of("AEWA"),
				List.of("BIRDS"), List.of("DE"), List.of("EUROPE"), List.of("9"))));
		answers.put("financialLines", List.of(TestReporting.line("g1", "CASH", "2000", "GBP", "b1"),
				TestReporting.line("g2", "CASH", "500", "EUR", null)));
		answers.put("staffMonths", "3");
		this.fixtures.acceptedReport(b, cycle, answers);
		return this.cycles.setRates(cycle.id(),
				Map.of("EUR", new BigDecimal("1.08"), "KES", new BigDecimal("0.0077"), "GBP", new BigDecimal("1.27")));
	}

	private static Row row(Compilation compilation, Dimension dimension, String code) {
		return compilation.figures()
			.by(dimension)
			.stream()
			.filter(row -> row.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + code + " in " + compilation.figures().by(dimension)));
	}

}
