package org.synergies.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jspecify.annotations.Nullable;

/**
 * Writes a document in the form of a United Nations document as DOCX that a Secretariat
 * can send unedited: the UN first-page block, then the symbol in a running header and
 * page numbers on the following pages, heading styles (Word's navigation pane and table
 * of contents use them), paragraphs numbered by Word, tables with column widths and
 * right-aligned figures. Text is Times New Roman, as in the Secretariat's documents; Word
 * substitutes a font for scripts it does not cover.
 */
public final class DocxWriter implements AutoCloseable {

	private final XWPFDocument document = new XWPFDocument();

	/** The next paragraph starts a page (no empty paragraph at the top of it). */
	private boolean newPage;

	/** A document in the given language (Word's proofing tools follow it). */
	public DocxWriter(Locale language) {
		DocxForm.apply(this.document, language);
	}

	/**
	 * The first page's block, as the UN sets it: the convention or organ on the left and
	 * the symbol on the right above a rule, then the distribution, the date and the
	 * original language. The following pages repeat the symbol in their header and number
	 * themselves in the footer.
	 */
	public DocxWriter firstPage(String organ, String symbol, String distribution, String date, String original) {
		FirstPageBlock.write(this.document, organ, symbol, distribution, date, original);
		DocxForm.runningHeader(this.document, symbol);
		return this;
	}

	/** A centred line of the cover: the meeting, the date and place, who prepared it. */
	public DocxWriter centred(String text, boolean bold, int size) {
		XWPFParagraph paragraph = next();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setFontSize(size);
		return this;
	}

	/** The document's title, in the Title style. */
	public DocxWriter title(String text) {
		lines(styled("Title"), text);
		return this;
	}

	/** A heading of level 1 to 4, in Word's heading style of that level. */
	public DocxWriter heading(String text, int level) {
		lines(styled("Heading" + Math.max(1, Math.min(4, level))), text);
		return this;
	}

	/**
	 * A paragraph numbered in sequence through the document by Word's numbering, as UN
	 * documents number them: the number is not part of the text.
	 */
	public DocxWriter numbered(String text) {
		XWPFParagraph paragraph = styled("NumberedParagraph");
		paragraph.setNumID(DocxForm.PARAGRAPH_NUMBERING);
		paragraph.setNumILvl(java.math.BigInteger.ZERO);
		lines(paragraph, text);
		return this;
	}

	public DocxWriter paragraph(String text) {
		lines(next(), text);
		return this;
	}

	/**
	 * A paragraph written in another language than the document's (a contribution as
	 * received): its runs carry that language ({@code w:lang}), so that Word proofs each
	 * text in its own language.
	 */
	public DocxWriter paragraph(String text, Locale language) {
		XWPFParagraph paragraph = next();
		lines(paragraph, text);
		String tag = DocxForm.proofing(language);
		for (XWPFRun run : paragraph.getRuns()) {
			var properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
			properties.addNewLang().setVal(tag);
		}
		return this;
	}

	/** A label in bold followed by its value, on one paragraph. */
	public DocxWriter labelled(String label, String value) {
		XWPFParagraph paragraph = next();
		XWPFRun run = paragraph.createRun();
		run.setText(label + ": ");
		run.setBold(true);
		lines(paragraph, value);
		return this;
	}

	/**
	 * A table with its caption above: each column's kind (text or figure) is read from
	 * its cells.
	 */
	public DocxWriter table(String caption, List<String> headings, List<? extends List<String>> rows) {
		return table(caption, headings, rows, ColumnKind.of(headings.size(), rows));
	}

	/** A table with its caption above and the kind of each column. */
	public DocxWriter table(String caption, List<String> headings, List<? extends List<String>> rows,
			List<ColumnKind> kinds) {
		if (caption != null && !caption.isBlank()) {
			lines(styled("Caption"), caption);
		}
		else if (this.newPage) {
			next();
		}
		DocxTable.write(this.document, headings, rows, kinds);
		this.document.createParagraph();
		return this;
	}

	/**
	 * A paragraph of proposed amendments the way the United Nations print them: new text
	 * underlined, deleted text struck through, after the paragraph's number when given.
	 */
	public DocxWriter marked(@Nullable String number, List<MarkedText> parts) {
		XWPFParagraph paragraph = numberedBy(number);
		MarkedRuns.write(paragraph, parts);
		return this;
	}

	/**
	 * The same paragraph with the changes as Word revisions ({@code w:ins},
	 * {@code w:del}) by {@code author} at {@code date}, to accept or reject in Word.
	 */
	public DocxWriter revised(@Nullable String number, List<MarkedText> parts, String author, Instant date) {
		XWPFParagraph paragraph = numberedBy(number);
		MarkedRuns.write(paragraph, parts, author, GregorianCalendar.from(date.atZone(ZoneOffset.UTC)));
		return this;
	}

	public DocxWriter pageBreak() {
		this.newPage = true;
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

	private XWPFParagraph next() {
		XWPFParagraph paragraph = this.document.createParagraph();
		if (this.newPage) {
			paragraph.setPageBreak(true);
			this.newPage = false;
		}
		return paragraph;
	}

	private XWPFParagraph numberedBy(@Nullable String number) {
		XWPFParagraph paragraph = next();
		if (number != null) {
			XWPFRun run = paragraph.createRun();
			run.setText(number);
			run.addTab();
		}
		return paragraph;
	}

	private XWPFParagraph styled(String style) {
		XWPFParagraph paragraph = next();
		paragraph.setStyle(style);
		return paragraph;
	}

	/** The text in runs of the paragraph's style, its line breaks kept. */
	static void lines(XWPFParagraph paragraph, String text) {
		String[] lines = text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			XWPFRun run = paragraph.createRun();
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i]);
		}
	}

}
