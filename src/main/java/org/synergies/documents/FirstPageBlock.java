package org.synergies.documents;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The block at the top of a UN document's first page, laid out with a borderless table as
 * the UN's own templates do: the organ and the symbol on one line above a heavy rule,
 * then, under the symbol, "Distr.: General", the date and "Original: …".
 */
final class FirstPageBlock {

	private static final int LEFT = DocxForm.TEXT_WIDTH * 3 / 5;

	private FirstPageBlock() {
	}

	static void write(XWPFDocument document, String organ, String symbol, String distribution, String date,
			String original) {
		XWPFTable table = document.createTable(2, 2);
		table.setWidthType(TableWidthType.DXA);
		table.setWidth(String.valueOf(DocxForm.TEXT_WIDTH));
		table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
		CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
				: table.getCTTbl().getTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		grid.addNewGridCol().setW(BigInteger.valueOf(LEFT));
		grid.addNewGridCol().setW(BigInteger.valueOf(DocxForm.TEXT_WIDTH - LEFT));
		table.removeBorders();
		table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");

		XWPFParagraph left = paragraph(table.getRow(0).getCell(0), LEFT, ParagraphAlignment.LEFT);
		run(left, organ, true, 11);
		XWPFParagraph right = paragraph(table.getRow(0).getCell(1), DocxForm.TEXT_WIDTH - LEFT,
				ParagraphAlignment.RIGHT);
		run(right, symbol, true, 12);
		for (int column = 0; column < 2; column++) {
			CTTcPr cell = table.getRow(0).getCell(column).getCTTc().getTcPr();
			CTBorder rule = cell.addNewTcBorders().addNewBottom();
			rule.setVal(STBorder.SINGLE);
			rule.setSz(BigInteger.valueOf(18));
			rule.setColor("000000");
		}

		paragraph(table.getRow(1).getCell(0), LEFT, ParagraphAlignment.LEFT);
		XWPFParagraph distributed = paragraph(table.getRow(1).getCell(1), DocxForm.TEXT_WIDTH - LEFT,
				ParagraphAlignment.LEFT);
		distributed.setSpacingBefore(120);
		run(distributed, distribution, false, 10);
		distributed.createRun().addBreak();
		run(distributed, date, false, 10);
		distributed.createRun().addBreak();
		distributed.createRun().addBreak();
		run(distributed, original, false, 10);
		document.createParagraph();
	}

	private static XWPFParagraph paragraph(XWPFTableCell cell, int width, ParagraphAlignment alignment) {
		cell.setWidthType(TableWidthType.DXA);
		cell.setWidth(String.valueOf(width));
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setAlignment(alignment);
		paragraph.setSpacingAfter(60);
		return paragraph;
	}

	private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setFontSize(size);
	}

}
