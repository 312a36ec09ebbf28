package org.synergies.documents;

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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read
 * accents right) or XLSX (one sheet per table, header in bold and frozen, numbers as
 * numbers). Rows are streamed: a producer hands each row, as a list of values, to the
 * consumer it is given.
 */
public final class Spreadsheets {

	/** A table: its sheet name, its column headings, and its rows. */
	public record Table(String name, List<String> columns, Consumer<Consumer<List<?>>> rows) {
	}

	private Spreadsheets() {
	}

	public static void csv(Table table, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer,
				CSVFormat.DEFAULT.builder().setHeader(table.columns().toArray(String[]::new)).get());
		table.rows().accept(row -> {
			try {
				printer.printRecord(row.stream().map(value -> value == null ? "" : value).toList());
			}
			catch (IOException exception) {
				throw new UncheckedIOException(exception);
			}
		});
		printer.flush();
	}

	public static void xlsx(List<Table> tables, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			for (Table table : tables) {
				org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(table.name());
				Row header = sheet.createRow(0);
				for (int column = 0; column < table.columns().size(); column++) {
					Cell cell = header.createCell(column);
					cell.setCellValue(table.columns().get(column));
					cell.setCellStyle(bold);
				}
				sheet.createFreezePane(0, 1);
				int[] next = { 1 };
				table.rows().accept(values -> {
					Row row = sheet.createRow(next[0]++);
					for (int column = 0; column < values.size(); column++) {
						Object value = values.get(column);
						Cell cell = row.createCell(column);
						if (value instanceof Number number) {
							cell.setCellValue(number.doubleValue());
						}
						else if (value != null) {
							cell.setCellValue(String.valueOf(value));
						}
					}
				});
			}
			workbook.write(out);
			workbook.close();
		}
	}

}
