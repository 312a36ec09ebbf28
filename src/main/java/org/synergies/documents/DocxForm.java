package org.synergies.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The form of a UN document in Word: A4 with the margins of the PDF rendering, the styles
 * and the paragraph numbering ({@code documents/docx/}), and from the second page on the
 * symbol in the running header and the page number in the footer.
 */
final class DocxForm {

	static final BigInteger PARAGRAPH_NUMBERING = BigInteger.ONE;

	/** A4 in twentieths of a point. */
	private static final int PAGE_WIDTH = 11906;

	private static final int PAGE_HEIGHT = 16838;

	/** 2 cm left and right, 2.2 cm top and bottom, as the PDF rendering. */
	private static final int SIDE_MARGIN = 1134;

	private static final int TOP_MARGIN = 1247;

	/** The width of the text between the margins, which tables fill. */
	static final int TEXT_WIDTH = PAGE_WIDTH - 2 * SIDE_MARGIN;

	private DocxForm() {
	}

	static void apply(XWPFDocument document, Locale locale) {
		try {
			String styles = resource("styles.xml").replace("${lang}", proofing(locale));
			document.createStyles().setStyles(StylesDocument.Factory.parse(styles).getStyles());
			document.createNumbering()
				.setNumbering(NumberingDocument.Factory.parse(resource("numbering.xml")).getNumbering());
		}
		catch (XmlException exception) {
			throw new IllegalStateException("The DOCX styles do not parse", exception);
		}
		CTSectPr section = section(document);
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PAGE_HEIGHT));
		size.setOrient(STPageOrientation.PORTRAIT);
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(TOP_MARGIN));
		margins.setBottom(BigInteger.valueOf(TOP_MARGIN));
		margins.setLeft(BigInteger.valueOf(SIDE_MARGIN));
		margins.setRight(BigInteger.valueOf(SIDE_MARGIN));
		margins.setHeader(BigInteger.valueOf(567));
		margins.setFooter(BigInteger.valueOf(567));
		margins.setGutter(BigInteger.ZERO);
	}

	/**
	 * The language Word proofs the text in: with a region, as Word names them; English is
	 * British English, as the UN writes it.
	 */
	static String proofing(Locale locale) {
		if (!locale.getCountry().isEmpty()) {
			return locale.toLanguageTag();
		}
		return switch (locale.getLanguage()) {
			case "en" -> "en-GB";
			case "fr" -> "fr-FR";
			case "es" -> "es-ES";
			default -> locale.toLanguageTag();
		};
	}

	/**
	 * The first page carries the symbol in its own block and no page number; every other
	 * page has the symbol at the top and its number at the bottom.
	 */
	static void runningHeader(XWPFDocument document, String symbol) {
		XWPFHeader first = document.createHeader(HeaderFooterType.FIRST);
		first.createParagraph().setStyle("Header");
		document.createFooter(HeaderFooterType.FIRST).createParagraph().setStyle("Footer");
		CTSectPr section = section(document);
		if (!section.isSetTitlePg()) {
			section.addNewTitlePg();
		}

		XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph line = header.createParagraph();
		line.setStyle("Header");
		line.setAlignment(ParagraphAlignment.RIGHT);
		line.createRun().setText(symbol);

		XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph number = footer.createParagraph();
		number.setStyle("Footer");
		number.setAlignment(ParagraphAlignment.CENTER);
		pageField(number);
	}

	/** A PAGE field, so that Word and LibreOffice number each page themselves. */
	private static void pageField(XWPFParagraph paragraph) {
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		paragraph.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		XWPFRun shown = paragraph.createRun();
		shown.setText("2");
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
	}

	private static CTSectPr section(XWPFDocument document) {
		var body = document.getDocument().getBody();
		return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
	}

	private static String resource(String name) {
		try (InputStream in = DocxForm.class.getResourceAsStream("/documents/docx/" + name)) {
			if (in == null) {
				throw new IllegalStateException("Missing /documents/docx/" + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

}
