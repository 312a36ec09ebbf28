package org.synergies.organizations.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.synergies.organizations.OrganizationView;

/**
 * Writes organizations as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs
 * read accents right) or XLSX, one row each, in {@link OrganizationFile#COLUMNS}.
 */
public final class SpreadsheetWriter {

	private SpreadsheetWriter() {
	}

	public static void csv(Consumer<Consumer<OrganizationView>> organizations, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer,
				CSVFormat.DEFAULT.builder().setHeader(OrganizationFile.COLUMNS.toArray(String[]::new)).get());
		organizations.accept(organization -> {
			try {
				printer.printRecord(OrganizationFile.row(organization));
			}
			catch (IOException exception) {
				throw new UncheckedIOException(exception);
			}
		});
		printer.flush();
	}

	public static void xlsx(Consumer<Consumer<OrganizationView>> organizations, String sheetName, OutputStream out)
			throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			Sheet sheet = workbook.createSheet(sheetName);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int column = 0; column < OrganizationFile.COLUMNS.size(); column++) {
				header.createCell(column).setCellValue(OrganizationFile.COLUMNS.get(column));
				header.getCell(column).setCellStyle(bold);
			}
			sheet.createFreezePane(0, 1);
			int[] next = { 1 };
			organizations.accept(organization -> {
				Row row = sheet.createRow(next[0]++);
				List<String> values = OrganizationFile.row(organization);
				for (int column = 0; column < values.size(); column++) {
					row.createCell(column).setCellValue(values.get(column));
				}
			});
			workbook.write(out);
			workbook.close();
		}
	}

}
