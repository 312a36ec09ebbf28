package org.synergies.documents;

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
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.synergies.shared.ArchiveLimits;
import org.synergies.shared.RuleViolationException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded CSV (UTF-8, comma or semicolon) or XLSX file into rows keyed by the
 * header's column names (lower case, spaces as underscores), for every import (the
 * registry's, the countries'). The file's type is judged from its content, not its name;
 * a file that is not what it claims, too large, expanding beyond {@link ArchiveLimits} (a
 * zip bomb) or malformed is refused with a reason. An XLSX sheet is read as a stream of
 * rows. A CSV cell neutralised on export ({@link Spreadsheets#neutralised}) reads back as
 * it was before. A CSV line that is not valid UTF-8 is kept with a marker so that it is
 * reported, never imported as mojibake.
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

	/**
	 * @param requiredColumn a column the header must have, or the file is refused as
	 * having none ({@code import.file.no-header})
	 */
	public static List<Line> read(String fileName, byte[] content, String requiredColumn) {
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
			return readWorkbook(content, requiredColumn);
		}
		if (name.endsWith(".csv") || name.endsWith(".txt")) {
			if (zip || !detected.startsWith("text/")) {
				throw new RuleViolationException("import.file.not-csv");
			}
			return readCsv(content, requiredColumn);
		}
		throw new RuleViolationException("import.file.type");
	}

	private static List<Line> readCsv(byte[] content, String requiredColumn) {
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
			List<String> header = normalizedHeader(parser.getHeaderNames(), requiredColumn);
			List<Line> lines = new ArrayList<>();
			for (CSVRecord record : parser) {
				Map<String, String> values = new HashMap<>();
				for (int index = 0; index < header.size() && index < record.size(); index++) {
					values.put(header.get(index), Spreadsheets.restored(record.get(index)));
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

	/**
	 * The first sheet, row by row as its XML is parsed (POI's event API): the workbook is
	 * never built in memory, only the shared strings and styles are.
	 */
	private static List<Line> readWorkbook(byte[] content, String requiredColumn) {
		switch (ArchiveLimits.OFFICE_DOCUMENTS.inspect(content)) {
			case EXPANDS_TOO_MUCH -> throw new RuleViolationException("import.file.expands-too-much",
					ArchiveLimits.OFFICE_DOCUMENTS.maxEntries(), ArchiveLimits.OFFICE_DOCUMENTS.maxMegabytes(),
					ArchiveLimits.OFFICE_DOCUMENTS.maxRatio());
			case NOT_A_ZIP -> throw new RuleViolationException("import.file.malformed-xlsx");
			case WITHIN_LIMITS -> {
			}
		}
		OPCPackage workbook = null;
		try {
			workbook = OPCPackage.open(new ByteArrayInputStream(content));
			XSSFReader reader = new XSSFReader(workbook);
			XSSFReader.SheetIterator sheets = reader.getSheetIterator();
			if (!sheets.hasNext()) {
				throw new RuleViolationException("import.file.no-header");
			}
			SheetRows rows = new SheetRows(requiredColumn);
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
						new ReadOnlySharedStringsTable(workbook), rows, new DataFormatter(Locale.ROOT), false));
				parser.parse(new InputSource(sheet));
			}
			if (rows.header == null) {
				throw new RuleViolationException("import.file.no-header");
			}
			return rows.lines;
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
				| RuntimeException exception) {
			if (exception instanceof RuleViolationException violation) {
				throw violation;
			}
			throw new RuleViolationException("import.file.malformed-xlsx");
		}
		finally {
			if (workbook != null) {
				workbook.revert();
			}
		}
	}

	/**
	 * Collects the rows the parser hands over: the first is the header, empty rows are
	 * skipped, and reading stops past {@link #MAX_ROWS}.
	 */
	private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final List<Line> lines = new ArrayList<>();

		private final String requiredColumn;

		private @Nullable List<String> header;

		private final Map<Integer, String> cells = new HashMap<>();

		private int nextColumn;

		SheetRows(String requiredColumn) {
			this.requiredColumn = requiredColumn;
		}

		@Override
		public void startRow(int rowNum) {
			this.cells.clear();
			this.nextColumn = 0;
		}

		@Override
		public void cell(@Nullable String reference, @Nullable String formattedValue, @Nullable XSSFComment comment) {
			int column = reference == null ? this.nextColumn : new CellReference(reference).getCol();
			this.nextColumn = column + 1;
			this.cells.put(column, formattedValue == null ? "" : formattedValue);
		}

		@Override
		public void endRow(int rowNum) {
			if (this.header == null) {
				int width = this.cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
				List<String> names = new ArrayList<>();
				for (int column = 0; column < width; column++) {
					names.add(this.cells.getOrDefault(column, ""));
				}
				this.header = normalizedHeader(names, this.requiredColumn);
				return;
			}
			Map<String, String> values = new HashMap<>();
			boolean empty = true;
			for (int column = 0; column < this.header.size(); column++) {
				String value = this.cells.getOrDefault(column, "").strip();
				values.put(this.header.get(column), value);
				empty &= value.isEmpty();
			}
			if (!empty) {
				this.lines.add(new Line(rowNum + 1, values));
				requireWithinLimit(this.lines.size());
			}
		}

	}

	private static List<String> normalizedHeader(List<String> names, String requiredColumn) {
		List<String> header = names.stream()
			.map(name -> name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace("\uFEFF", ""))
			.toList();
		if (!header.contains(requiredColumn)) {
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
