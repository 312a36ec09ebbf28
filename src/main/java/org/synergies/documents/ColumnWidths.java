package org.synergies.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Column widths for a table of a given total width, as a browser's automatic table layout
 * finds them: each column gets at least its longest word (a figure: its whole text, since
 * figures do not wrap), and the room left is shared in proportion to what each column
 * would need to hold its longest cell on one line. Lengths are estimated with the advance
 * widths of Times New Roman (and its metric twin Liberation Serif) at the table's 9 pt.
 */
final class ColumnWidths {

	/** The cell's left and right margins, with a little air. */
	private static final int PADDING = 2 * 85 + 40;

	/**
	 * A cell wider than this share of the table wraps in any case: it asks for no more.
	 */
	private static final int LONGEST_LINE = DocxForm.TEXT_WIDTH * 2 / 3;

	/** One em at 9 pt, in twips, with 5 % for bold and italic. */
	private static final double EM = 9 * 20 * 1.05;

	private ColumnWidths() {
	}

	static int[] of(List<String> headings, List<? extends List<String>> rows, List<ColumnKind> kinds, int total) {
		int columns = headings.size();
		int[] least = new int[columns];
		int[] most = new int[columns];
		for (int column = 0; column < columns; column++) {
			List<String> cells = new ArrayList<>();
			for (List<String> row : rows) {
				cells.add(column < row.size() ? row.get(column) : "");
			}
			boolean figure = kinds.get(column) == ColumnKind.FIGURE;
			int word = longestWord(headings.get(column));
			int line = Math.min(longestLine(headings.get(column)), LONGEST_LINE);
			for (String cell : cells) {
				word = Math.max(word, figure ? longestLine(cell) : longestWord(cell));
				line = Math.max(line, Math.min(longestLine(cell), LONGEST_LINE));
			}
			least[column] = word + PADDING;
			most[column] = Math.max(line, word) + PADDING;
		}
		return distribute(least, most, kinds, total);
	}

	private static int[] distribute(int[] least, int[] most, List<ColumnKind> kinds, int total) {
		int columns = least.length;
		long leastSum = sum(least);
		long mostSum = sum(most);
		long figures = 0;
		for (int column = 0; column < columns; column++) {
			figures += kinds.get(column) == ColumnKind.FIGURE ? most[column] : 0;
		}
		boolean text = figures < mostSum;
		int[] widths = new int[columns];
		for (int column = 0; column < columns; column++) {
			if (mostSum <= total) {
				// everything fits on one line: figures keep their width, text takes the
				// rest
				widths[column] = kinds.get(column) == ColumnKind.FIGURE && text ? most[column]
						: (int) ((long) most[column] * (total - (text ? figures : 0))
								/ (mostSum - (text ? figures : 0)));
			}
			else if (leastSum >= total) {
				widths[column] = (int) ((long) least[column] * total / leastSum);
			}
			else {
				widths[column] = least[column]
						+ (int) ((long) (most[column] - least[column]) * (total - leastSum) / (mostSum - leastSum));
			}
		}
		widths[columns - 1] += total - sum(widths);
		return widths;
	}

	private static int longestWord(String text) {
		int longest = 0;
		for (String word : text.split("[\\s\u2013\u2014/-]+")) {
			longest = Math.max(longest, width(word));
		}
		return longest;
	}

	private static int longestLine(String text) {
		int longest = 0;
		for (String line : text.split("\\R")) {
			longest = Math.max(longest, width(line.strip()));
		}
		return longest;
	}

	/** The width of a line in twips, from the advance widths of Times New Roman. */
	static int width(String text) {
		double ems = 0;
		for (int i = 0; i < text.length(); i++) {
			ems += em(text.charAt(i));
		}
		return (int) Math.ceil(ems * EM);
	}

	private static double em(char c) {
		if ("ijlt.,;:'\u2019 \u00a0\u202f|!".indexOf(c) >= 0) {
			return 0.278;
		}
		if ("frI()[]-/".indexOf(c) >= 0) {
			return 0.333;
		}
		if ("mwMW%".indexOf(c) >= 0) {
			return 0.85;
		}
		if (Character.isUpperCase(c)) {
			return 0.7;
		}
		if ("acesz".indexOf(c) >= 0) {
			return 0.444;
		}
		return 0.5;
	}

	private static long sum(int[] values) {
		long sum = 0;
		for (int value : values) {
			sum += value;
		}
		return sum;
	}

}
