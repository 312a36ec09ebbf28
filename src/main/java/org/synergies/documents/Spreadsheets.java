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
import org.jspecify.annotations.Nullable;
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
 * <p>
 * Files are inert: a CSV text cell that a spreadsheet program would take for a formula
 * (one beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return) is written with a leading single quote, as OWASP advises against CSV injection;
 * numbers are written as numbers, a negative amount included. XLSX cells are typed values
 * (string or number), never formulas.
 */
public final class Spreadsheets {

	/** A table: its sheet name, its column headings, and its rows. */
	public record Table(String name, List<String> columns, Consumer<Consumer<List<?>>> rows) {
	}

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private Spreadsheets() {
	}

	public static void csv(Table table, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer,
				CSVFormat.DEFAULT.builder().setHeader(table.columns().toArray(String[]::new)).get());
		table.rows().accept(row -> {
			try {
				printer.printRecord(row.stream().map(Spreadsheets::csvCell).toList());
			}
			catch (IOException exception) {
				throw new UncheckedIOException(exception);
			}
		});
		printer.flush();
	}

	/** A cell as written to CSV: numbers as they are, text neutralised. */
	static Object csvCell(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number) {
			return value;
		}
		return neutralised(String.valueOf(value));
	}

	/**
	 * The text with a leading single quote when a spreadsheet program would otherwise
	 * read it as a formula (or when it already looks neutralised, so that
	 * {@link #restored} gives it back exactly).
	 */
	public static String neutralised(String text) {
		return needsQuote(text) ? "'" + text : text;
	}

	/** Undoes {@link #neutralised}: what an exported file carries back into an import. */
	public static String restored(String text) {
		return text.startsWith("'") && needsQuote(text.substring(1)) ? text.substring(1) : text;
	}

	private static boolean needsQuote(String text) {
		int first = 0;
		while (first < text.length() && text.charAt(first) == '\'') {
			first++;
		}
		return first < text.length() && FORMULA_STARTS.indexOf(text.charAt(first)) >= 0;
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
