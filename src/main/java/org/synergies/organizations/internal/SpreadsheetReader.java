package org.synergies.organizations.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.tika.Tika;
import org.synergies.shared.RuleViolationException;

/**
 * Reads an uploaded CSV (UTF-8, comma or semicolon) or XLSX file into rows keyed by the
 * header's column names. The file's type is judged from its content, not its name; a file
 * that is not what it claims, too large or malformed is refused with a reason. A CSV line
 * that is not valid UTF-8 is kept with a marker so that it is reported, never imported as
 * mojibake.
 */
public final class SpreadsheetReader {

	public static final int MAX_BYTES = 5 * 1024 * 1024;

	public static final int MAX_ROWS = 5_000;

	/** Put in place of a cell of a line that was not valid UTF-8. */
	public static final String BROKEN_ENCODING = "\uFFFD";

	private static final Tika TIKA = new Tika();

	private SpreadsheetReader() {
	}

	/** A line of the file, numbered as a spreadsheet program would show it. */
	public record Line(int number, Map<String, String> values) {

		public boolean hasBrokenEncoding() {
			return this.values.values().stream().anyMatch(value -> value.contains(BROKEN_ENCODING));
		}

	}

	public static List<Line> read(String fileName, byte[] content) {
		if (content.length == 0) {
			throw new RuleViolationException("import.file.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new RuleViolationException("import.file.too-large", MAX_BYTES / (1024 * 1024));
		}
		String name = fileName.toLowerCase(Locale.ROOT);
		String detected = TIKA.detect(content, fileName);
		boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3
				&& content[3] == 4;
		if (name.endsWith(".xlsx")) {
			if (!zip) {
				throw new RuleViolationException("import.file.not-xlsx");
			}
			return readWorkbook(content);
		}
		if (name.endsWith(".csv") || name.endsWith(".txt")) {
			if (zip || !detected.startsWith("text/")) {
				throw new RuleViolationException("import.file.not-csv");
			}
			return readCsv(content);
		}
		throw new RuleViolationException("import.file.type");
	}

	private static List<Line> readCsv(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars()
			.filter(c -> c == ',')
			.count() ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<String> header = normalizedHeader(parser.getHeaderNames());
			List<Line> lines = new ArrayList<>();
			for (CSVRecord record : parser) {
				Map<String, String> values = new HashMap<>();
				for (int index = 0; index < header.size() && index < record.size(); index++) {
					values.put(header.get(index), record.get(index));
				}
				lines.add(new Line((int) record.getRecordNumber() + 1, values));
				requireWithinLimit(lines.size());
			}
			return lines;
		}
		catch (UncheckedIOException exception) {
			throw new RuleViolationException("import.file.malformed-csv",
					String.valueOf(exception.getCause().getMessage()));
		}
		catch (IOException | IllegalArgumentException | IllegalStateException exception) {
			throw new RuleViolationException("import.file.malformed-csv", String.valueOf(exception.getMessage()));
		}
	}

	private static List<Line> readWorkbook(byte[] content) {
		ZipSecureFile.setMinInflateRatio(0.01);
		try (InputStream in = new ByteArrayInputStream(content); Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			Row headerRow = sheet.getRow(sheet.getFirstRowNum());
			if (headerRow == null) {
				throw new RuleViolationException("import.file.no-header");
			}
			List<String> names = new ArrayList<>();
			for (Cell cell : headerRow) {
				while (names.size() < cell.getColumnIndex()) {
					names.add("");
				}
				names.add(formatter.formatCellValue(cell));
			}
			List<String> header = normalizedHeader(names);
			List<Line> lines = new ArrayList<>();
			for (int index = sheet.getFirstRowNum() + 1; index <= sheet.getLastRowNum(); index++) {
				Row row = sheet.getRow(index);
				if (row == null) {
					continue;
				}
				Map<String, String> values = new HashMap<>();
				boolean empty = true;
				for (int column = 0; column < header.size(); column++) {
					String value = formatter.formatCellValue(row.getCell(column)).strip();
					values.put(header.get(column), value);
					empty &= value.isEmpty();
				}
				if (!empty) {
					lines.add(new Line(index + 1, values));
					requireWithinLimit(lines.size());
				}
			}
			return lines;
		}
		catch (IOException | RuntimeException exception) {
			if (exception instanceof RuleViolationException violation) {
				throw violation;
			}
			throw new RuleViolationException("import.file.malformed-xlsx");
		}
	}

	private static List<String> normalizedHeader(List<String> names) {
		List<String> header = names.stream()
			.map(name -> name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace("\uFEFF", ""))
			.toList();
		if (!header.contains("official_name")) {
			throw new RuleViolationException("import.file.no-header");
		}
		return header;
	}

	private static void requireWithinLimit(int rows) {
		if (rows > MAX_ROWS) {
			throw new RuleViolationException("import.file.too-many-rows", MAX_ROWS);
		}
	}

}
