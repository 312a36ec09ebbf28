package org.synergies.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes a document in the form of a United Nations document as DOCX: the symbol block,
 * centred titles, numbered paragraphs, headings, captioned tables, page breaks. Text is
 * Times New Roman, as in the Secretariat's documents; Word substitutes a font for scripts
 * it does not cover.
 */
public final class DocxWriter implements AutoCloseable {

	private static final String FONT = "Times New Roman";

	private final XWPFDocument document = new XWPFDocument();

	private int paragraphs;

	/** The symbol, date and original language, at the top right. */
	public DocxWriter symbolBlock(String symbol, String date, String original) {
		XWPFParagraph header = this.document.createParagraph();
		header.setAlignment(ParagraphAlignment.RIGHT);
		run(header, symbol, true, 11);
		header.createRun().addBreak();
		run(header, date, false, 10);
		header.createRun().addBreak();
		run(header, original, false, 10);
		return this;
	}

	public DocxWriter centred(String text, boolean bold, int size) {
		XWPFParagraph paragraph = this.document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		run(paragraph, text, bold, size);
		return this;
	}

	public DocxWriter heading(String text, int level) {
		XWPFParagraph paragraph = this.document.createParagraph();
		paragraph.setSpacingBefore(240);
		run(paragraph, text, true, level <= 1 ? 12 : 11);
		return this;
	}

	/**
	 * A paragraph numbered in sequence through the document, as UN documents number them.
	 */
	public DocxWriter numbered(String text) {
		XWPFParagraph paragraph = this.document.createParagraph();
		run(paragraph, ++this.paragraphs + ".\t" + text, false, 11);
		return this;
	}

	public DocxWriter paragraph(String text) {
		XWPFParagraph paragraph = this.document.createParagraph();
		String[] lines = text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				paragraph.createRun().addBreak();
			}
			run(paragraph, lines[i], false, 11);
		}
		return this;
	}

	/** A label in bold followed by its value, on one paragraph. */
	public DocxWriter labelled(String label, String value) {
		XWPFParagraph paragraph = this.document.createParagraph();
		run(paragraph, label + ": ", true, 10);
		String[] lines = value.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				paragraph.createRun().addBreak();
			}
			run(paragraph, lines[i], false, 10);
		}
		return this;
	}

	/** A table with its caption above, a header row in bold, and its rows. */
	public DocxWriter table(String caption, List<String> headings, List<List<String>> rows) {
		if (caption != null && !caption.isBlank()) {
			XWPFParagraph title = this.document.createParagraph();
			run(title, caption, true, 10);
		}
		XWPFTable table = this.document.createTable(rows.size() + 1, headings.size());
		for (int column = 0; column < headings.size(); column++) {
			cell(table.getRow(0), column, headings.get(column), true);
		}
		for (int row = 0; row < rows.size(); row++) {
			XWPFTableRow line = table.getRow(row + 1);
			for (int column = 0; column < headings.size(); column++) {
				List<String> values = rows.get(row);
				cell(line, column, column < values.size() ? values.get(column) : "", false);
			}
		}
		this.document.createParagraph();
		return this;
	}

	public DocxWriter pageBreak() {
		this.document.createParagraph().setPageBreak(true);
		return this;
	}

	public byte[] toBytes() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			this.document.write(out);
			return out.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	@Override
	public void close() {
		try {
			this.document.close();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setFontSize(size);
		run.setFontFamily(FONT);
	}

	private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
		XWPFParagraph paragraph = row.getCell(column).getParagraphs().get(0);
		run(paragraph, text, bold, 10);
	}

}
