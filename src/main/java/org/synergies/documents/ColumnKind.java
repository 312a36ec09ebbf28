package org.synergies.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a table column holds, which decides how it is laid out: text columns take the
 * width their words need and wrap; figure columns are narrow, right-aligned and never
 * wrap, so that units line up under each other as in a UN table.
 */
public enum ColumnKind {

	TEXT, FIGURE;

	/**
	 * A figure as the document's locales write it: digits with grouping and decimal
	 * separators (space, no-break spaces, comma, full stop, apostrophe), a sign, a
	 * percent.
	 */
	private static final Pattern FIGURE_PATTERN = Pattern
		.compile("[-\u2212+]?[\\d \u00a0\u202f.,'\u2019]*\\d[\\d \u00a0\u202f.,'\u2019]*\\s?%?");

	/**
	 * The kind of each column: a figure column when every cell that is not blank holds a
	 * figure and at least one does.
	 */
	public static List<ColumnKind> of(int columns, List<? extends List<String>> rows) {
		List<ColumnKind> kinds = new ArrayList<>(columns);
		for (int column = 0; column < columns; column++) {
			boolean any = false;
			boolean figures = true;
			for (List<String> row : rows) {
				String cell = column < row.size() ? row.get(column).strip() : "";
				if (!cell.isEmpty()) {
					any = true;
					figures &= isFigure(cell);
				}
			}
			kinds.add(any && figures ? FIGURE : TEXT);
		}
		return List.copyOf(kinds);
	}

	static boolean isFigure(String text) {
		return FIGURE_PATTERN.matcher(text.strip()).matches();
	}

}
