package org.synergies.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.synergies.compilations.Compilation;
import org.synergies.compilations.CompilationFormat;
import org.synergies.compilations.Compilations;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.internal.ReportReview;
import org.synergies.reporting.ReportView;
import org.synergies.reporting.internal.ReportingCycles;
import org.synergies.reporting.internal.Reports;
import org.synergies.reporting.Visibility;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation.Ngo;
import org.synergies.support.TestReporting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compiled document at the size of a real cycle: 200, then 400 accredited NGOs, each
 * with one accepted report of 10 activities and 5 financial lines, seeded through the
 * façades. For each size: the time to add up the reports and to write the DOCX and the
 * PDF, and the peak heap meanwhile. Aim (issue 5): 200 reports in at most 10 s, 400 in at
 * most 2.2 × the time of 200. Run: {@code ./mvnw -Pbench test}.
 */
@Tag("benchmark")
@SpringBootTest
class CompilationBenchmark {

	static final String[] INSTRUMENTS = { "CMS", "AEWA", "EUROBATS", "RAPTORS", "SHARKS", "IOSEA" };

	static final String[] REGIONS = { "AFRICA", "ASIA", "EUROPE", "OCEANIA", "NORTH_AMERICA",
			"CENTRAL_SOUTH_AMERICA_CARIBBEAN" };

	static final String[] SPECIES = { "BIRDS", "BATS", "AQUATIC_MAMMALS", "MARINE_TURTLES", "SHARKS_AND_RAYS" };

	static final String[] COUNTRIES = { "KE", "SN", "BR", "IN", "AU", "DE", "FR", "PE", "MN", "CA" };

	static final String[] CURRENCIES = { "USD", "EUR", "GBP", "KES", "CHF" };

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

	@Test
	void compiledDocument() {
		List<Ngo> ngos = new ArrayList<>();
		long seedStart = System.nanoTime();
		for (int i = 0; i < 400; i++) {
			ngos.add(this.fixtures.accreditedNgo(Language.values()[i % 3]));
		}
		System.out.printf(Locale.ROOT, "Compilation benchmark: 400 accredited NGOs seeded in %.1f s%n",
				seconds(System.nanoTime() - seedStart));

		// warm-up: a small cycle, so that the figures below are not the JVM's first
		// render
		measure(ngos.subList(0, 10), false);
		Result small = measure(ngos.subList(0, 200), true);
		Result large = measure(ngos, true);
		System.out.printf(Locale.ROOT, "400 / 200 reports: %.2f × the time (aim: at most 2.2 ×)%n",
				large.totalSeconds() / small.totalSeconds());
		assertThat(large.reports()).isEqualTo(400);
	}

	private record Result(int reports, double compileSeconds, double docxSeconds, double pdfSeconds, int docxKb,
			int pdfKb, int pdfPages, long peakHeapMb) {

		double totalSeconds() {
			return this.compileSeconds + this.docxSeconds + this.pdfSeconds;
		}

	}

	private Result measure(List<Ngo> ngos, boolean print) {
		CycleView cycle = this.fixtures.openCycle();
		this.cycles.setRates(cycle.id(), Map.of("EUR", new BigDecimal("1.08"), "GBP", new BigDecimal("1.27"), "KES",
				new BigDecimal("0.0077"), "CHF", new BigDecimal("1.13")));
		for (int i = 0; i < ngos.size(); i++) {
			Ngo ngo = ngos.get(i);
			Map<String, Object> answers = answers(i);
			ReportView submitted = TestAccounts.runAs(ngo.member(), () -> {
				ReportView started = this.reports.start(cycle.id(), ngo.organization().id(), false);
				ReportView saved = this.reports.save(started.id(), started.version(), answers).report();
				return this.reports.submit(saved.id(), saved.version());
			});
			this.review.accept(submitted.id(), submitted.version(), Visibility.PUBLIC);
		}
		System.gc();
		resetPeaks();
		long start = System.nanoTime();
		Compilation compilation = this.compilations.compile(cycle.id(), null);
		long compiled = System.nanoTime();
		byte[] docx = this.compilations.write(compilation, "UNEP/CMS/COP15/Inf.99", Language.EN,
				CompilationFormat.DOCX);
		long docxDone = System.nanoTime();
		byte[] pdf = this.compilations.write(compilation, "UNEP/CMS/COP15/Inf.99", Language.EN, CompilationFormat.PDF);
		long pdfDone = System.nanoTime();
		Result result = new Result(compilation.reports().size(), seconds(compiled - start),
				seconds(docxDone - compiled), seconds(pdfDone - docxDone), docx.length / 1024, pdf.length / 1024,
				pages(pdf), peakHeapMb());
		if (print) {
			System.out.printf(Locale.ROOT,
					"%d reports: compile %.2f s, DOCX %.2f s (%d KB), PDF %.2f s (%d KB, %d pages), total %.2f s, peak heap %d MB%n",
					result.reports(), result.compileSeconds(), result.docxSeconds(), result.docxKb(),
					result.pdfSeconds(), result.pdfKb(), result.pdfPages(), result.totalSeconds(), result.peakHeapMb());
		}
		return result;
	}

	private static Map<String, Object> answers(int seed) {
		List<Map<String, Object>> activities = new ArrayList<>();
		for (int a = 0; a < 10; a++) {
			int k = seed + a;
			activities.add(TestReporting.activity("a" + a,
					"Activity " + (a + 1) + " of organization " + seed + ": conservation of migratory species",
					List.of(INSTRUMENTS[k % INSTRUMENTS.length], "CMS"), List.of(SPECIES[k % SPECIES.length]),
					List.of(COUNTRIES[k % COUNTRIES.length], COUNTRIES[(k + 3) % COUNTRIES.length]),
					List.of(REGIONS[k % REGIONS.length]), List.of(String.valueOf(1 + k % 16))));
		}
		List<Map<String, Object>> lines = new ArrayList<>();
		for (int l = 0; l < 5; l++) {
			lines.add(TestReporting.line("f" + l, l % 2 == 0 ? "CASH" : "IN_KIND", String.valueOf(1000 + 37 * seed + l),
					CURRENCIES[(seed + l) % CURRENCIES.length], "a" + (l * 2)));
		}
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("activities", activities);
		answers.put("financialLines", lines);
		answers.put("staffMonths", String.valueOf(1 + seed % 12));
		answers.put("expertise", "Monitoring of flyways, satellite tracking and community-based conservation.");
		return answers;
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeapMb() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum() / (1024 * 1024);
	}

	private static int pages(byte[] pdf) {
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (java.io.IOException exception) {
			throw new java.io.UncheckedIOException(exception);
		}
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

}
