package org.synergies.mandates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.synergies.documents.DocxWriter;
import org.synergies.mandates.TextChange.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Word-by-word changes rendered the United Nations way, on the seed's own amendment:
 * paragraph 5 of Resolution 11.10 in French, "Se félicite" struck and "Encourage"
 * underlined (UNEP/CMS/COP13/Doc.18, Annex 1).
 */
class TrackedChangesTests {

	static final String BEFORE = "Se félicite de la mise en œuvre des recommandations répondant à une demande des "
			+ "Parties figurant dans la Résolution 11.11, visant à renforcer les relations entre la Famille CMS et la "
			+ "société civile aux niveaux national et international\u202f;";

	static final String AFTER = "Encourage la mise en œuvre des recommandations répondant à une demande des Parties "
			+ "figurant dans la Résolution 11.11 figurant dans le document UNEP/CMS/COP13/Doc.18/Annexe 3, visant à "
			+ "renforcer les relations entre la Famille CMS et la société civile aux niveaux national et "
			+ "international\u202f;";

	@Test
	void strikesSeFeliciteAndUnderlinesEncourageInParagraphFive() {
		List<TextChange> changes = TrackedChanges.between(BEFORE, AFTER);

		assertThat(changes.get(0)).isEqualTo(new TextChange(Kind.DELETED, "Se félicite de"));
		assertThat(changes.get(1)).isEqualTo(new TextChange(Kind.INSERTED, "Encourage"));
		assertThat(changes).filteredOn(change -> change.kind() == Kind.INSERTED)
			.extracting(TextChange::text)
			.containsExactly("Encourage", " figurant dans le document UNEP/CMS/COP13/Doc.18/Annexe 3");
		assertThat(TrackedChanges.html(changes)).startsWith("<del>Se félicite de</del><ins>Encourage</ins> la mise")
			.contains("11.11<ins> figurant dans le document UNEP/CMS/COP13/Doc.18/Annexe 3</ins>, visant")
			.endsWith("international\u202f;");
	}

	@Test
	void bothVersionsReadBackExactlyNoBreakSpacesIncluded() {
		List<TextChange> changes = TrackedChanges.between(BEFORE, AFTER);

		assertThat(read(changes, Kind.INSERTED)).isEqualTo(BEFORE);
		assertThat(read(changes, Kind.DELETED)).isEqualTo(AFTER);
	}

	@Test
	void keepsFrenchTypographyAroundAChangedWord() {
		List<TextChange> changes = TrackedChanges.between("Le Secrétariat doit\u00a0: « établir un groupe »",
				"Le Secrétariat est prié\u00a0: « établir un groupe »");

		assertThat(TrackedChanges.html(changes))
			.isEqualTo("Le Secrétariat<del> doit</del><ins> est prié</ins>\u00a0: « établir un groupe »");
	}

	@Test
	void comparesWholeWordsAndSeparatesPunctuation() {
		List<TextChange> changes = TrackedChanges.between("les possibilités de synergies,",
				"la possibilité de synergies;");

		assertThat(changes).containsExactly(new TextChange(Kind.DELETED, "les possibilités"),
				new TextChange(Kind.INSERTED, "la possibilité"), new TextChange(Kind.KEPT, " de synergies"),
				new TextChange(Kind.DELETED, ","), new TextChange(Kind.INSERTED, ";"));
	}

	@Test
	void anUnchangedParagraphIsOnePieceKept() {
		assertThat(TrackedChanges.between(BEFORE, BEFORE)).containsExactly(new TextChange(Kind.KEPT, BEFORE));
		assertThat(TrackedChanges.between("", "")).isEmpty();
	}

	@Test
	void aNewParagraphIsAllInsertedAndARemovedOneAllDeleted() {
		String bis = "Demande au Secrétariat de continuer à approuver les demandes de financement des ONG\u202f;";

		assertThat(TrackedChanges.between("", bis)).containsExactly(new TextChange(Kind.INSERTED, bis));
		assertThat(TrackedChanges.between(bis, "")).containsExactly(new TextChange(Kind.DELETED, bis));
	}

	@Test
	void escapesTheTextInHtml() {
		assertThat(TrackedChanges.html(TrackedChanges.between("a <b> & c", "a <i> & c")))
			.isEqualTo("a &lt;<del>b</del><ins>i</ins>&gt; &amp; c");
	}

	@Test
	void randomEditsAlwaysReadBackBothWays() {
		Random random = new Random(13);
		List<String> words = List.of("Prie", "le", "Secrétariat", "de", "continuer", "à", "œuvrer", ",", "ONG",
				"l’examen", "\u00a0:", "6.bis", "«\u00a0société civile\u00a0»", "\u202f;");
		for (int round = 0; round < 200; round++) {
			String before = sentence(random, words);
			String after = sentence(random, words);
			List<TextChange> changes = TrackedChanges.between(before, after);

			assertThat(read(changes, Kind.INSERTED)).as("before, round %d", round).isEqualTo(before);
			assertThat(read(changes, Kind.DELETED)).as("after, round %d", round).isEqualTo(after);
		}
	}

	@Test
	void writesUnderlineAndStrikeThroughInDocx() throws IOException {
		List<TextChange> changes = TrackedChanges.between(BEFORE, AFTER);
		byte[] docx;
		try (DocxWriter writer = new DocxWriter(Locale.FRENCH)) {
			docx = writer.marked("5.", changes.stream().map(TextChange::marked).toList()).toBytes();
		}

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			XWPFParagraph paragraph = document.getParagraphs().get(document.getParagraphs().size() - 1);
			assertThat(paragraph.getText()).startsWith("5.\tSe félicite deEncourage la mise");
			XWPFRun struck = run(paragraph, "Se félicite de");
			XWPFRun underlined = run(paragraph, "Encourage");
			assertThat(struck.isStrikeThrough()).isTrue();
			assertThat(struck.getUnderline()).isEqualTo(UnderlinePatterns.NONE);
			assertThat(underlined.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
			assertThat(underlined.isStrikeThrough()).isFalse();
			assertThat(paragraph.getRuns().stream().filter(run -> run.text().startsWith(" la mise")).findFirst())
				.hasValueSatisfying(kept -> assertThat(kept.isStrikeThrough()).isFalse());
		}
	}

	@Test
	void writesWordRevisionsWhenAsked() throws IOException {
		List<TextChange> changes = TrackedChanges.between(BEFORE, AFTER);
		byte[] docx;
		try (DocxWriter writer = new DocxWriter(Locale.FRENCH)) {
			docx = writer
				.revised("5.", changes.stream().map(TextChange::marked).toList(), "CMS Secretariat",
						Instant.parse("2019-12-20T10:00:00Z"))
				.toBytes();
		}

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			XWPFParagraph paragraph = document.getParagraphs().get(document.getParagraphs().size() - 1);
			String xml = paragraph.getCTP().xmlText();
			assertThat(paragraph.getCTP().getDelList()).hasSize(1);
			assertThat(paragraph.getCTP().getInsList()).hasSize(2);
			assertThat(xml).contains("Se félicite de").contains("w:author=\"CMS Secretariat\"");
			assertThat(paragraph.getCTP().getDelArray(0).getRArray(0).getDelTextArray(0).getStringValue())
				.isEqualTo("Se félicite de");
			assertThat(paragraph.getCTP().getInsArray(0).getRArray(0).getTArray(0).getStringValue())
				.isEqualTo("Encourage");
		}
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text) {
		return paragraph.getRuns()
			.stream()
			.filter(run -> text.equals(run.text()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no run " + text));
	}

	/**
	 * The text without the pieces of one kind: without insertions, the version before.
	 */
	private static String read(List<TextChange> changes, Kind without) {
		return changes.stream()
			.filter(change -> change.kind() != without)
			.map(TextChange::text)
			.collect(Collectors.joining());
	}

	private static String sentence(Random random, List<String> words) {
		StringBuilder sentence = new StringBuilder();
		int length = random.nextInt(12);
		for (int i = 0; i < length; i++) {
			sentence.append(words.get(random.nextInt(words.size())));
			if (random.nextInt(4) > 0) {
				sentence.append(' ');
			}
		}
		return sentence.toString();
	}

}
