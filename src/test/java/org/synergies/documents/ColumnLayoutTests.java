package org.synergies.documents;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a table column holds, and the widths a DOCX table gives its columns from it. */
class ColumnLayoutTests {

	@Test
	void figuresAsEachLanguageWritesThemMakeAFigureColumn() {
		List<List<String>> rows = List.of(List.of("AEWA", "24\u00a0281", "24\u202f281,5", "1.234,5", "12 %", "1"),
				List.of("CMS", "", "-3", "0", "", "1 October 2031"));
		assertThat(ColumnKind.of(6, rows)).containsExactly(ColumnKind.TEXT, ColumnKind.FIGURE, ColumnKind.FIGURE,
				ColumnKind.FIGURE, ColumnKind.FIGURE, ColumnKind.TEXT);
		assertThat(ColumnKind.of(1, List.of(List.of(""), List.of(" ")))).as("an empty column is not a figure")
			.containsExactly(ColumnKind.TEXT);
	}

	@Test
	void textTakesTheRoomFiguresNeedNoMoreThanTheirWidthAndTheTableFillsTheText() {
		List<String> headings = List.of("Organization", "Reports", "Total");
		List<ColumnKind> kinds = List.of(ColumnKind.TEXT, ColumnKind.FIGURE, ColumnKind.FIGURE);
		int[] fitting = ColumnWidths.of(headings, List.of(List.of("BirdLife International", "3", "24,281")), kinds,
				9638);
		assertThat(fitting[0] + fitting[1] + fitting[2]).isEqualTo(9638);
		assertThat(fitting[1]).as("a figure column is as narrow as its heading").isLessThan(1200);
		assertThat(fitting[0]).isGreaterThan(7000);

		String longName = "Memorandum of Understanding on the Conservation of Migratory Birds of Prey in Africa and Eurasia"
			.repeat(3);
		int[] crowded = ColumnWidths.of(headings, List.of(List.of(longName, "3", "1,142,281")), kinds, 9638);
		assertThat(crowded[2]).as("a figure never wraps: it keeps the width of its longest value")
			.isGreaterThanOrEqualTo(ColumnWidths.width("1,142,281"));
		assertThat(crowded[0] + crowded[1] + crowded[2]).isEqualTo(9638);
	}

}
