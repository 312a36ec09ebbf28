package org.synergies.organizations.internal;

import java.util.List;
import java.util.Map;

/**
 * Reads an organizations file with the shared reader
 * ({@link org.synergies.documents.SpreadsheetReader}): its header names the official
 * name.
 */
public final class SpreadsheetReader {

	public static final int MAX_BYTES = org.synergies.documents.SpreadsheetReader.MAX_BYTES;

	public static final int MAX_ROWS = org.synergies.documents.SpreadsheetReader.MAX_ROWS;

	private SpreadsheetReader() {
	}

	/** A line of the file, numbered as a spreadsheet program would show it. */
	public record Line(int number, Map<String, String> values) {

		public boolean hasBrokenEncoding() {
			return this.values.values()
				.stream()
				.anyMatch(value -> value.contains(org.synergies.documents.SpreadsheetReader.BROKEN_ENCODING));
		}

	}

	public static List<Line> read(String fileName, byte[] content) {
		return org.synergies.documents.SpreadsheetReader.read(fileName, content, "official_name")
			.stream()
			.map(line -> new Line(line.number(), line.values()))
			.toList();
	}

}
