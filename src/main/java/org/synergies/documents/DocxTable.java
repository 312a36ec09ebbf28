package org.synergies.documents;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A table as UN documents set them: the width of the text, fixed column widths from what
 * each column holds, a rule above and below the column headings and at the end, headings
 * in italics and repeated on every page, figures right-aligned, no short row split across
 * pages.
 */
final class DocxTable {

	/**
	 * A row whose cells are all this short stays on one page; a longer one may break, or
	 * it would leave most of a page blank.
	 */
	private static final int SHORT = 400;

	private DocxTable() {
	}

	static void write(XWPFDocument document, List<String> headings, List<? extends List<String>> rows,
			List<ColumnKind> kinds) {
		int columns = headings.size();
		int[] widths = ColumnWidths.of(headings, rows, kinds, DocxForm.TEXT_WIDTH);
		XWPFTable table = document.createTable(rows.size() + 1, columns);
		table.setWidthType(TableWidthType.DXA);
		table.setWidth(String.valueOf(DocxForm.TEXT_WIDTH));
		CTTblPr properties = table.getCTTbl().getTblPr();
		CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
		layout.setType(STTblLayoutType.FIXED);
		CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
				: table.getCTTbl().getTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		table.removeBorders();
		table.setTopBorder(XWPFBorderType.SINGLE, 8, 0, "000000");
		table.setBottomBorder(XWPFBorderType.SINGLE, 8, 0, "000000");

		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		header.setCantSplitRow(true);
		for (int column = 0; column < columns; column++) {
			XWPFTableCell cell = cell(header, column, widths[column], headings.get(column), kinds.get(column),
					"TableHeading");
			CTTcPr cellProperties = cell.getCTTc().getTcPr();
			CTBorder rule = (cellProperties.isSetTcBorders() ? cellProperties.getTcBorders()
					: cellProperties.addNewTcBorders())
				.addNewBottom();
			rule.setVal(STBorder.SINGLE);
			rule.setSz(BigInteger.valueOf(4));
			rule.setColor("000000");
		}
		for (int row = 0; row < rows.size(); row++) {
			XWPFTableRow line = table.getRow(row + 1);
			List<String> values = rows.get(row);
			line.setCantSplitRow(values.stream().allMatch(value -> value.length() <= SHORT));
			for (int column = 0; column < columns; column++) {
				cell(line, column, widths[column], column < values.size() ? values.get(column) : "", kinds.get(column),
						"TableText");
			}
		}
	}

	private static XWPFTableCell cell(XWPFTableRow row, int column, int width, String text, ColumnKind kind,
			String style) {
		XWPFTableCell cell = row.getCell(column);
		cell.setWidthType(TableWidthType.DXA);
		cell.setWidth(String.valueOf(width));
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setStyle(style);
		if (kind == ColumnKind.FIGURE) {
			paragraph.setAlignment(ParagraphAlignment.RIGHT);
		}
		DocxWriter.lines(paragraph, text);
		return cell;
	}

}
