package org.synergies.compilations;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.compilations.Compilation.Kind;
import org.synergies.compilations.Compilation.Line;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.RateSource;
import org.synergies.reporting.internal.ReportingCycles;
import org.synergies.reporting.internal.CycleRates;
import org.synergies.reporting.internal.RateOrigin;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;
import org.synergies.support.TestAccreditation.Ngo;
import org.synergies.support.TestReporting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money in three currencies, against totals computed by hand. US dollars are counted as
 * they are, with no rate. EUR 1.08 is the UN operational rate of exchange of January
 * 2026; CHF 1.13 is the Swiss National Bank's reference rate of 13 February 2026. NGO A:
 * 12,500.50 EUR cash for a Sahel activity (CMS), 3,000 USD cash for the same. NGO B:
 * 4,000 CHF in kind for a North Sea activity (AEWA), 1,000 USD in kind for no particular
 * activity.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class ExchangeRateCompilationTests {

	static final LocalDate SNB_DAY = LocalDate.of(2026, 2, 13);

	@Autowired
	TestReporting fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestAccreditation accreditation;

	@Autowired
	ReportingCycles cycles;

	@Autowired
	CycleRates rates;

	@Autowired
	Compilations compilations;

	@Autowired
	CompilationJobs jobs;

	@Autowired
	MockMvcTester mvc;

	@Test
	void aCycleReportedOnlyInUsDollarsCompilesWithoutAnyRate() throws Exception {
		CycleView cycle = this.fixtures.openCycle();
		Ngo ngo = invited(cycle, Language.EN);
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("activities", List.of(TestReporting.activity("u1", "Saker falcon survey", List.of("CMS"),
				List.of("BIRDS"), List.of("MN"), List.of("ASIA"), List.of("9"))));
		answers.put("financialLines", List.of(TestReporting.line("d1", "CASH", "10000", "USD", "u1"),
				TestReporting.line("d2", "IN_KIND", "2500.50", "USD", null)));
		this.fixtures.acceptedReport(ngo, cycle, answers);
		assertThat(cycle.rates()).as("no rate entered, and none asked").isEmpty();

		Compilation compilation = this.compilations.compile(cycle.id(), null);

		assertThat(compilation.figures().cashUsd()).isEqualByComparingTo("10000");
		assertThat(compilation.figures().inKindUsd()).isEqualByComparingTo("2500.50");
		assertThat(compilation.figures().currencies()).singleElement().satisfies(total -> {
			assertThat(total.currency()).isEqualTo("USD");
			assertThat(total.usdPerUnit()).isEqualByComparingTo("1");
			assertThat(total.rate()).isNull();
		});
		assertThat(compilation.lines()).allSatisfy(line -> assertThat(line.rate()).isNull());
		CompilationJob job = this.jobs.request(cycle.id(), null, Language.EN, "UNEP/CMS/COP15/Inf.40");
		assertThat(job.error()).as("not refused for a missing rate").isNull();
	}

	@Test
	void eurosFrancsAndDollarsGiveTheHandComputedTotalsAndEachLineNamesTheRateItWasConvertedAt() throws Exception {
		CycleView cycle = cycleInThreeCurrencies();

		Compilation compilation = this.compilations.compile(cycle.id(), null);

		// cash: 12,500.50 × 1.08 + 3,000 = 13,500.54 + 3,000
		assertThat(compilation.figures().cashUsd()).isEqualByComparingTo("16500.54");
		// in kind: 4,000 × 1.13 + 1,000 = 4,520 + 1,000
		assertThat(compilation.figures().inKindUsd()).isEqualByComparingTo("5520");
		assertThat(compilation.figures().totalUsd()).isEqualByComparingTo("22020.54");
		assertThat(compilation.figures().currencies()).extracting(Compilation.CurrencyTotal::currency)
			.containsExactly("CHF", "EUR", "USD");
		Line euros = line(compilation, "EUR");
		assertThat(euros.usd()).isEqualByComparingTo("13500.54");
		assertThat(euros.rate()).isNotNull().satisfies(rate -> {
			assertThat(rate.usdPerUnit()).isEqualByComparingTo("1.08");
			assertThat(rate.source()).isEqualTo(RateSource.UN_OPERATIONAL);
			assertThat(rate.appliesOn()).isEqualTo(LocalDate.of(2026, 1, 1));
		});
		Line francs = line(compilation, "CHF");
		assertThat(francs.kind()).isEqualTo(Kind.IN_KIND);
		assertThat(francs.rate()).isNotNull().satisfies(rate -> {
			assertThat(rate.source()).isEqualTo(RateSource.OTHER);
			assertThat(rate.sourceDescription()).isEqualTo("Swiss National Bank reference rate");
			assertThat(rate.appliesOn()).isEqualTo(SNB_DAY);
		});
		assertThat(line(compilation, "USD").rate()).as("US dollars are not converted").isNull();
	}

	@Test
	void theDrillDownTheDocumentAndTheSpreadsheetsNameEachRateWithItsSourceAndMonth() throws Exception {
		CycleView cycle = cycleInThreeCurrencies();
		AccountView officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		String lines = "/reporting/cycles/" + cycle.id() + "/figures/lines";

		assertThat(this.mvc.get()
			.uri(lines)
			.param("dimension", "INSTRUMENT")
			.param("code", "CMS")
			.header("Accept-Language", "en")
			.with(TestAccounts.as(officer))).hasStatusOk()
			.bodyText()
			.contains("Source of the rate", "1.08", "UN operational rate of exchange, January 2026",
					"US dollars: no conversion");
		assertThat(this.mvc.get()
			.uri(lines)
			.param("dimension", "INSTRUMENT")
			.param("code", "AEWA")
			.header("Accept-Language", "fr")
			.with(TestAccounts.as(officer))).hasStatusOk()
			.bodyText()
			.contains("1.13", "Swiss National Bank reference rate, 13 février 2026");
		assertThat(this.mvc.get()
			.uri(lines)
			.param("dimension", "INSTRUMENT")
			.param("code", "CMS")
			.header("Accept-Language", "es")
			.with(TestAccounts.as(officer))).bodyText()
			.contains("Tipo de cambio operacional de las Naciones Unidas, enero de 2026");

		String api = this.mvc.get()
			.uri("/api/v1/reporting/cycles/" + cycle.id() + "/figures/lines")
			.param("dimension", "INSTRUMENT")
			.param("code", "CMS")
			.header("Authorization", "Bearer " + this.accounts.apiToken(officer))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(JsonPath.<List<String>>read(api, "$[?(@.currency == 'EUR')].rate.source"))
			.containsExactly("UN_OPERATIONAL");
		assertThat(JsonPath.<List<String>>read(api, "$[?(@.currency == 'EUR')].rate.appliesOn"))
			.containsExactly("2026-01-01");
		assertThat(JsonPath.<List<Object>>read(api, "$[?(@.currency == 'USD')].usd")).as("a line in US dollars")
			.hasSize(1);
		assertThat(JsonPath.<List<Object>>read(api, "$[?(@.currency == 'USD')].rate")).as("not converted: no rate")
			.isEmpty();

		Compilation compilation = this.compilations.compile(cycle.id(), null);
		byte[] docx = this.compilations.write(compilation, "UNEP/CMS/COP15/Inf.41", Language.FR,
				CompilationFormat.DOCX);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			assertThat(normalized(extractor.getText())).contains("Source du taux",
					"Taux de change opérationnel de l’ONU, janvier 2026",
					"Swiss National Bank reference rate, 13 février 2026",
					"Dollars des États-Unis : pas de conversion");
		}
		String csv = new String(this.compilations.write(compilation, "x", Language.EN, CompilationFormat.CSV),
				StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow())
			.contains("usdPerUnit,rateSource,rateSourceDescription," + "rateAppliesOn,usd");
		assertThat(csv.lines().filter(row -> row.startsWith("CASH,") && row.contains(",EUR,")))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains(",1.08,UN_OPERATIONAL,,2026-01-01,13500.54");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
				this.compilations.write(compilation, "x", Language.EN, CompilationFormat.XLSX)))) {
			XSSFSheet sheet = workbook.getSheet("rates");
			assertThat(sheet).isNotNull();
			Row francs = sheet.getRow(1);
			assertThat(francs.getCell(0).getStringCellValue()).isEqualTo("CHF");
			assertThat(francs.getCell(5).getStringCellValue())
				.isEqualTo("Swiss National Bank reference rate, February 13, 2026");
		}
	}

	private CycleView cycleInThreeCurrencies() {
		CycleView cycle = this.fixtures.openCycle();
		Ngo a = invited(cycle, Language.EN);
		Ngo b = invited(cycle, Language.FR);
		Map<String, Object> first = new LinkedHashMap<>();
		first.put("activities", List.of(TestReporting.activity("a1", "Sahel flyway monitoring", List.of("CMS"),
				List.of("BIRDS"), List.of("ML"), List.of("AFRICA"), List.of("8"))));
		first.put("financialLines", List.of(TestReporting.line("e1", "CASH", "12500.50", "EUR", "a1"),
				TestReporting.line("e2", "CASH", "3000", "USD", "a1")));
		this.fixtures.acceptedReport(a, cycle, first);
		Map<String, Object> second = new LinkedHashMap<>();
		second.put("activities", List.of(TestReporting.activity("b1", "North Sea waders", List.of("AEWA"),
				List.of("BIRDS"), List.of("DE"), List.of("EUROPE"), List.of("9"))));
		second.put("financialLines", List.of(TestReporting.line("c1", "IN_KIND", "4000", "CHF", "b1"),
				TestReporting.line("c2", "IN_KIND", "1000", "USD", null)));
		this.fixtures.acceptedReport(b, cycle, second);
		this.rates.enter(cycle.id(), Map.of("EUR", new BigDecimal("1.08")),
				RateOrigin.unOperational(YearMonth.of(2026, 1)));
		return this.rates.enter(cycle.id(), Map.of("CHF", new BigDecimal("1.13")),
				new RateOrigin(RateSource.OTHER, "Swiss National Bank reference rate", SNB_DAY));
	}

	/**
	 * A partner invited to report (no accreditation needed, so the test does not depend
	 * on an open call for applications in the shared context).
	 */
	private Ngo invited(CycleView cycle, Language language) {
		Ngo ngo = this.accreditation.ngo(language);
		this.cycles.invite(cycle.id(), ngo.organization().id());
		return ngo;
	}

	private static Line line(Compilation compilation, String currency) {
		return compilation.lines()
			.stream()
			.filter(line -> line.currency().equals(currency))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no line in " + currency));
	}

	private static String normalized(String text) {
		return text.replace('\u202f', ' ').replace('\u00a0', ' ').replaceAll("\\s+", " ");
	}

}
