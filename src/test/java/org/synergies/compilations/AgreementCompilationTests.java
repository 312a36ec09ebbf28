package org.synergies.compilations;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.internal.ReportingCycles;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccreditation.Ngo;
import org.synergies.support.TestReporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A cycle tied to a meeting of an Agreement's body: the compilation for that Agreement is
 * headed with it and its meeting, says how many reports serve it, and carries a symbol
 * numbered the way the body numbers its documents. NGO A reports for CMS and AEWA (the
 * fixture's complete answers); NGO B for CMS alone.
 */
@SpringBootTest
@DatabaseTest
class AgreementCompilationTests {

	@Autowired
	TestReporting fixtures;

	@Autowired
	ReportingCycles cycles;

	@Autowired
	Compilations compilations;

	@Autowired
	CompilationJobs jobs;

	@Autowired
	GoverningBodies bodies;

	@Test
	void anAewaCompilationIsHeadedWithTheAgreementAndItsMeetingInEachLanguage() throws Exception {
		CycleView cycle = aewaCycleWithTwoAcceptedReports();
		Compilation aewa = this.compilations.compile(cycle.id(), "AEWA");
		String symbol = this.jobs.proposeSymbol(cycle.id(), "AEWA");
		assertThat(symbol).isEqualTo("AEWA/MOP" + number(cycle) + " Inf.1");

		assertThat(docx(aewa, symbol, Language.EN))
			.contains(symbol, "AGREEMENT ON THE CONSERVATION OF AFRICAN-EURASIAN MIGRATORY WATERBIRDS",
					"session of the Meeting of the Parties (AEWA MOP" + number(cycle) + "), Bonn",
					"Of the 2 reports received, one contains activities for the instrument AEWA.")
			.doesNotContain("CONVENTION ON MIGRATORY SPECIES", "Conference of the Parties");
		assertThat(docx(aewa, symbol, Language.FR)).contains(symbol,
				"ACCORD SUR LA CONSERVATION DES OISEAUX D’EAU MIGRATEURS D’AFRIQUE-EURASIE",
				"e session de la Réunion des Parties (AEWA MOP" + number(cycle) + "), Bonn",
				"Sur les 2 rapports reçus, un contient des activités relevant de l’instrument AEWA.");
		assertThat(docx(aewa, symbol, Language.ES)).contains(symbol,
				"ACUERDO SOBRE LA CONSERVACIÓN DE LAS AVES ACUÁTICAS MIGRATORIAS AFROEUROASIÁTICAS",
				"ª sesión de la Reunión de las Partes (AEWA MOP" + number(cycle) + "), Bonn",
				"De los 2 informes recibidos, uno contiene actividades relativas al instrumento AEWA.");
		String html = new String(this.compilations.write(aewa, symbol, Language.FR, CompilationFormat.HTML),
				StandardCharsets.UTF_8);
		assertThat(normalized(html.replaceAll("<[^>]+>", " "))).contains(symbol,
				"ACCORD SUR LA CONSERVATION DES OISEAUX D’EAU MIGRATEURS D’AFRIQUE-EURASIE", "Réunion des Parties");
	}

	@Test
	void aReportServingSeveralInstrumentsCountsOnceInEachInstrumentsCompilation() throws Exception {
		CycleView cycle = aewaCycleWithTwoAcceptedReports();

		Compilation aewa = this.compilations.compile(cycle.id(), "AEWA");
		Compilation cms = this.compilations.compile(cycle.id(), "CMS");
		Compilation family = this.compilations.compile(cycle.id(), null);

		assertThat(aewa.reportsWithActivities()).as("A alone, for its one AEWA activity").isEqualTo(1);
		assertThat(cms.reportsWithActivities()).as("A once for its two CMS activities, and B").isEqualTo(2);
		assertThat(docx(cms, "x", Language.EN)).contains("CONVENTION ON MIGRATORY SPECIES",
				"Of the 2 reports received, 2 contain activities for the instrument CMS.");
		assertThat(docx(family, "x", Language.EN)).as("the whole family: headed by the meeting's Agreement, no count")
			.contains("AGREEMENT ON THE CONSERVATION OF AFRICAN-EURASIAN MIGRATORY WATERBIRDS")
			.doesNotContain("contain activities for the instrument");
	}

	@Test
	void theSymbolIsProposedFromTheMeetingKeptAcrossLanguagesAndNeverCarriedByTwoDocuments() {
		CycleView cop = this.fixtures.openCycle();
		String first = "UNEP/CMS/" + cop.meetingCode() + "/Inf.1";
		assertThat(this.jobs.proposeSymbol(cop.id(), null)).isEqualTo(first);

		CompilationJob english = this.jobs.request(cop.id(), null, Language.EN, null);
		assertThat(english.symbol()).as("given none, it takes the one proposed").isEqualTo(first);
		assertThat(this.jobs.proposeSymbol(cop.id(), null)).as("the same document in French").isEqualTo(first);
		assertThat(this.jobs.request(cop.id(), null, Language.FR, first).symbol()).isEqualTo(first);
		assertThat(this.jobs.proposeSymbol(cop.id(), "AEWA")).as("another document: the next number")
			.isEqualTo("UNEP/CMS/" + cop.meetingCode() + "/Inf.2");

		assertThat(problem(
				() -> this.jobs.request(cop.id(), "AEWA", Language.EN, " unep/cms/" + cop.meetingCode() + "/inf.1 ")))
			.as("the AEWA compilation is another document")
			.isEqualTo(new Refusal("symbol", "compilation.rule.symbol-taken", cop.meetingCode()));
		CycleView other = this.fixtures.openCycle();
		assertThat(problem(() -> this.jobs.request(other.id(), null, Language.EN, first))).as("nor may another cycle's")
			.isEqualTo(new Refusal("symbol", "compilation.rule.symbol-taken", cop.meetingCode()));
		assertThat(this.jobs.request(cop.id(), "AEWA", Language.EN, null).symbol())
			.isEqualTo("UNEP/CMS/" + cop.meetingCode() + "/Inf.2");
		assertThat(this.jobs.request(cop.id(), null, Language.ES, "UNEP/CMS/" + cop.meetingCode() + "/Inf.40").symbol())
			.as("the officer may change it")
			.isEqualTo("UNEP/CMS/" + cop.meetingCode() + "/Inf.40");
	}

	record Refusal(String field, String key, Object meeting) {
	}

	private static Refusal problem(Runnable request) {
		try {
			request.run();
		}
		catch (InvalidInputException refused) {
			FieldProblem problem = refused.problems().get(0);
			return new Refusal(problem.field(), problem.messageKey(), problem.arguments()[1]);
		}
		throw new AssertionError("not refused");
	}

	private int number(CycleView cycle) {
		return this.bodies.meeting(cycle.meeting()).orElseThrow().number();
	}

	private String docx(Compilation compilation, String symbol, Language language) throws Exception {
		byte[] docx = this.compilations.write(compilation, symbol, language, CompilationFormat.DOCX);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return normalized(extractor.getText());
		}
	}

	private static String normalized(String text) {
		return text.replace('\u202f', ' ').replace('\u00a0', ' ').replaceAll("\\s+", " ");
	}

	private CycleView aewaCycleWithTwoAcceptedReports() {
		Ngo a = this.fixtures.accreditedNgo(Language.EN);
		Ngo b = this.fixtures.accreditedNgo(Language.FR);
		CycleView cycle = this.fixtures.openCycleFor(GoverningBody.AEWA_MEETING_OF_THE_PARTIES);
		this.fixtures.acceptedReport(a, cycle, TestReporting.completeAnswers());
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("activities", List.of(TestReporting.activity("b1", "Elephant corridors", List.of("CMS"),
				List.of("TERRESTRIAL_MAMMALS"), List.of("KE"), List.of("AFRICA"), List.of("5"))));
		answers.put("financialLines", List.of(TestReporting.line("g1", "CASH", "2000", "GBP", "b1")));
		this.fixtures.acceptedReport(b, cycle, answers);
		return this.cycles.setRates(cycle.id(),
				Map.of("EUR", new BigDecimal("1.08"), "KES", new BigDecimal("0.0077"), "GBP", new BigDecimal("1.27")));
	}

}
