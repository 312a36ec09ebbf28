package org.synergies.compilations.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.synergies.compilations.internal.CompilationDocument.Block;
import org.synergies.compilations.internal.CompilationDocument.Contribution;
import org.synergies.compilations.internal.CompilationDocument.Entry;
import org.synergies.compilations.internal.CompilationDocument.Part;
import org.synergies.compilations.internal.CompilationDocument.Section;
import org.synergies.compilations.internal.CompilationDocument.Table;

import org.synergies.support.ExternalTools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.data.Offset.offset;

/**
 * The compiled document as Word and LibreOffice lay it out: the DOCX is converted to PDF
 * by LibreOffice headless (installed by {@code .ci/run}) and read back with
 * {@code pdftotext
 * -layout}, so that what a Secretariat would print is checked, not only the XML.
 */
class DocxLayoutTests {

	private static final String SYMBOL = "UNEP/CMS/COP15/Inf.12";

	private static final String AEWA = "Agreement on the Conservation of African-Eurasian Migratory Waterbirds";

	private static final String RAPTORS = "Memorandum of Understanding on the Conservation of Migratory Birds of Prey in Africa and Eurasia";

	@Test
	void theDocxNumbersParagraphsStylesHeadingsAndSetsTablesAsUnDocumentsDo() throws IOException {
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(docx()))) {
			assertThat(docx.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal())
				.isEqualTo(BigInteger.ZERO);
			assertThat(docx.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
			assertThat(docx.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().xmlText())
				.contains("Times New Roman", "en-GB");
			assertThat(docx.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle()))
				.extracting(XWPFParagraph::getText)
				.contains("I. Introduction", "Contributions as received", "Annex 1. Exchange rates");

			XWPFParagraph first = paragraph(docx, "This document compiles");
			assertThat(first.getNumID()).as("Word numbers the paragraph").isNotNull();
			assertThat(first.getText()).as("the number is not typed").startsWith("This document compiles");
			var level = docx.getNumbering()
				.getAbstractNum(docx.getNumbering().getAbstractNumID(first.getNumID()))
				.getCTAbstractNum()
				.getLvlArray(0);
			assertThat(level.getLvlText().getVal()).isEqualTo("%1.");
			assertThat(level.getNumFmt().getVal().toString()).isEqualTo("decimal");

			XWPFTable table = docx.getTables()
				.stream()
				.filter(t -> t.getText().contains(AEWA))
				.findFirst()
				.orElseThrow();
			List<Long> grid = table.getCTTbl()
				.getTblGrid()
				.getGridColList()
				.stream()
				.map(CTTblGridCol::getW)
				.map(w -> ((BigInteger) w).longValue())
				.toList();
			assertThat(grid).hasSize(5);
			assertThat(grid.get(0)).as("the instrument column is wide").isGreaterThan(3 * grid.get(2));
			assertThat(grid.stream().mapToLong(Long::longValue).sum()).as("the width of the text").isEqualTo(9638);
			assertThat(table.getRow(0).isRepeatHeader()).isTrue();
			assertThat(table.getRow(1).getCell(2).getParagraphs().get(0).getAlignment())
				.isEqualTo(ParagraphAlignment.RIGHT);
			assertThat(table.getRow(1).getCell(0).getParagraphs().get(0).getAlignment())
				.isNotEqualTo(ParagraphAlignment.RIGHT);

			XWPFHeaderFooterPolicy policy = docx.getHeaderFooterPolicy();
			assertThat(policy.getDefaultHeader().getText()).contains(SYMBOL);
			assertThat(policy.getDefaultFooter()._getHdrFtr().xmlText()).contains("PAGE");
			assertThat(policy.getFirstPageHeader().getText()).doesNotContain(SYMBOL);
			assertThat(docx.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
		}
	}

	@Test
	void libreOfficePrintsTheHeaderPageNumbersParagraphNumbersAndTableColumns(@TempDir Path directory)
			throws Exception {
		requireTool("soffice");
		requireTool("pdftotext");
		Path file = Files.write(directory.resolve("compilation.docx"), docx());
		run(directory, 180, "soffice", "-env:UserInstallation=" + directory.resolve("profile").toUri(), "--headless",
				"--convert-to", "pdf", "--outdir", directory.toString(), file.toString());
		String text = run(directory, 60, "pdftotext", "-layout", directory.resolve("compilation.pdf").toString(), "-");
		List<String> pages = Arrays.stream(text.split("\f")).filter(page -> !page.isBlank()).toList();

		assertThat(pages).as("enough content for three pages").hasSizeGreaterThanOrEqualTo(3);
		assertThat(pages.get(0)).contains(SYMBOL, "Distr.: General", "1 October 2031", "Original: English",
				"CONVENTION ON MIGRATORY SPECIES");
		assertThat(lastLine(pages.get(0))).as("no number on the first page").isNotEqualTo("1");
		for (int page = 1; page < pages.size(); page++) {
			assertThat(firstLine(pages.get(page))).as("header of page " + (page + 1)).endsWith(SYMBOL);
			assertThat(lastLine(pages.get(page))).as("footer of page " + (page + 1))
				.isEqualTo(String.valueOf(page + 1));
		}

		assertThat(text).as("Word's numbers are printed")
			.containsPattern("(?m)^\\s*1\\.\\s+This document compiles")
			.containsPattern("(?m)^\\s*2\\.\\s+Two reports");

		String aewa = text.lines()
			.filter(line -> line.contains("Agreement on the Conservation"))
			.findFirst()
			.orElseThrow();
		assertThat(aewa).as("the instrument name is not squeezed into a few characters").contains(AEWA);
		String raptors = text.lines()
			.filter(line -> line.contains("Memorandum of Understanding"))
			.findFirst()
			.orElseThrow();
		assertThat(end(aewa, "24,281")).as("figures are right-aligned: units under units")
			.isCloseTo(end(raptors, "581"), offset(1));
		assertThat(aewa.indexOf("24,281")).as("the figures take the narrow columns on the right")
			.isGreaterThan(aewa.indexOf("Waterbirds"));
	}

	private static int end(String line, String figure) {
		return line.lastIndexOf(figure) + figure.length();
	}

	private static String firstLine(String page) {
		return page.lines().filter(line -> !line.isBlank()).findFirst().orElse("").strip();
	}

	private static String lastLine(String page) {
		List<String> lines = page.lines().filter(line -> !line.isBlank()).toList();
		return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
	}

	private static XWPFParagraph paragraph(XWPFDocument docx, String start) {
		return docx.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst().orElseThrow();
	}

	private static void requireTool(String tool) throws Exception {
		ExternalTools.require(tool);
	}

	private static String run(Path directory, int seconds, String... command) throws Exception {
		return ExternalTools.run(directory, seconds, command);
	}

	/**
	 * A compilation long enough for four pages, with a table of long instrument names.
	 */
	private static byte[] docx() {
		List<String> money = List.of("Instrument", "Activities", "Cash", "In kind", "Total");
		Table byInstrument = new Table("Table 2. By instrument (USD)", money,
				List.of(List.of(AEWA, "12", "16,581", "7,700", "24,281"), List.of(RAPTORS, "3", "581", "0", "581"),
						List.of("Convention on the Conservation of Migratory Species of Wild Animals", "15", "16,581",
								"1,125,700", "1,142,281")));
		List<Part> parts = List.of(
				new Part("I. Introduction",
						List.of("This document compiles the contributions of civil society received for the cycle.",
								"Two reports accepted by the Secretariat are compiled here, out of three expected."),
						List.of()),
				new Part("II. Summary", List.of("The combined financial commitment is 24,281 USD."),
						List.of(byInstrument)));
		String text = "The organization monitored waterbirds along the flyway, trained wardens and worked with"
				+ " local communities on the sustainable use of wetlands. ";
		List<Contribution> contributions = new ArrayList<>();
		for (int i = 1; i <= 8; i++) {
			List<Block> blocks = List.of(new Block("Activity " + i,
					List.of(new Entry("Instruments", "CMS, AEWA"), new Entry("Countries", "Kenya")),
					List.of(new Entry("Description", text.repeat(8)))));
			contributions.add(new Contribution("Organization " + i, "Kenya", false, "",
					List.of(new Section("Activities", List.of(new Entry("Contact", "Jane Doe")), blocks, List.of()))));
		}
		List<Table> annexes = List
			.of(new Table("Annex 1. Exchange rates", List.of("Currency", "USD per unit", "Cash", "In kind"),
					List.of(List.of("EUR", "1.08", "12,500.5", "0"))));
		CompilationDocument document = new CompilationDocument(SYMBOL, "1 October 2031", "Original: English",
				"CONVENTION ON MIGRATORY SPECIES", "15th Meeting of the Conference of the Parties",
				"CONTRIBUTIONS OF CIVIL SOCIETY TO THE CMS FAMILY", "(Prepared by the Secretariat)", parts,
				contributions, "Contributions as received", "The reports follow as received.", annexes,
				"Distr.: General");
		return DocxCompilation.write(document, Locale.ENGLISH);
	}

}
