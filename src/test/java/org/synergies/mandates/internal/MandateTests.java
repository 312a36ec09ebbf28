package org.synergies.mandates.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.synergies.mandates.MandateDetails;
import org.synergies.mandates.MandateKind;
import org.synergies.mandates.MandateStatus;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.ParagraphDetails;
import org.synergies.mandates.ParagraphKind;
import org.synergies.mandates.ParagraphView;
import org.synergies.mandates.SubParagraph;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A text guards its paragraphs: one per number and language, all entered together or
 * none, read back in the order a person reads them.
 */
class MandateTests {

	static final Instant NOW = Instant.parse("2020-02-22T10:00:00Z");

	static Mandate resolution() {
		return Mandate.record(new MandateDetails(MandateKind.RESOLUTION, " 11.10 ", "Rev.COP12",
				"Synergies and Partnerships", null, " ", UUID.randomUUID(), MandateStatus.ADOPTED), NOW);
	}

	static ParagraphDetails operative(Language language, String number, String text) {
		return new ParagraphDetails(language, ParagraphKind.OPERATIVE, number, null, text, null, null);
	}

	@Test
	void recordsTheSymbolAsCited() {
		MandateView view = resolution().view();

		assertThat(view.reference()).isEqualTo("11.10 (Rev.COP12)");
		assertThat(view.slug()).isEqualTo("11.10");
		assertThat(view.revisionSlug()).isEqualTo("rev-cop12");
		assertThat(view.title(Language.EN)).isEqualTo("Synergies and Partnerships");
		assertThat(view.title(Language.ES)).isNull();
	}

	@Test
	void readsParagraphsPreambleFirstThenByNumberAsAdopted() {
		Mandate mandate = resolution();
		mandate.enter(List.of(operative(Language.FR, "7", "Prie aussi…"), operative(Language.FR, "6 ter", "ter"),
				operative(Language.FR, "6", "six"), operative(Language.EN, "6", "six"),
				operative(Language.FR, "6bis", "bis"),
				new ParagraphDetails(Language.FR, ParagraphKind.PREAMBULAR, "2", "Reconnaissant", "l’importance", null,
						null),
				new ParagraphDetails(Language.FR, ParagraphKind.PREAMBULAR, "1", "Rappelant", "la Résolution 7.9", null,
						"Note.")),
				NOW);

		List<ParagraphView> french = mandate.view().in(Language.FR);
		assertThat(french).extracting(ParagraphView::anchor)
			.containsExactly("preamble-1", "preamble-2", "para-6", "para-6bis", "para-6ter", "para-7");
		assertThat(french.get(0).fullText()).isEqualTo("Rappelant la Résolution 7.9");
		assertThat(french.get(0).footnotes()).containsExactly("Note.");
		assertThat(mandate.view().languages()).containsExactly(Language.EN, Language.FR);
	}

	@Test
	void refusesANumberTakenInTheSameLanguageAndSavesNothing() {
		Mandate mandate = resolution();
		mandate.enter(List.of(operative(Language.FR, "6.bis", "Demande au Secrétariat…")), NOW);

		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> mandate.enter(List.of(operative(Language.FR, "6 bis", "Encore")), NOW));

		assertThat(refused.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.field()).isEqualTo("number");
			assertThat(problem.messageKey()).isEqualTo("mandates.paragraph.duplicate");
			assertThat(problem.arguments()).containsExactly("6.bis", "Français");
		});
		assertThat(mandate.view().paragraphs()).hasSize(1);
	}

	@Test
	void theSameNumberInAnotherLanguageOrKindIsAnotherParagraph() {
		Mandate mandate = resolution();
		mandate.enter(List.of(operative(Language.FR, "1", "Souligne"), operative(Language.EN, "1", "Stresses"),
				new ParagraphDetails(Language.FR, ParagraphKind.PREAMBULAR, "1", null, "Rappelant", null, null)), NOW);

		assertThat(mandate.view().paragraphs()).hasSize(3);
	}

	@Test
	void paragraphsEnteredTogetherAreAllKeptOrNoneWithEveryProblemAtOnce() {
		Mandate mandate = resolution();

		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> mandate
					.enter(List.of(operative(Language.FR, "5", "Se félicite"), operative(Language.FR, "5", "Encourage"),
							new ParagraphDetails(null, null, "six", null, " ", null, null)), NOW));

		assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("paragraphs[1].number", "mandates.paragraph.duplicate"),
					org.assertj.core.groups.Tuple.tuple("paragraphs[2].language",
							"mandates.paragraph.language.required"),
					org.assertj.core.groups.Tuple.tuple("paragraphs[2].kind", "mandates.paragraph.kind.required"),
					org.assertj.core.groups.Tuple.tuple("paragraphs[2].number", "mandates.paragraph.number.invalid"),
					org.assertj.core.groups.Tuple.tuple("paragraphs[2].text", "mandates.paragraph.text.required"));
		assertThat(mandate.view().paragraphs()).isEmpty();
	}

	@Test
	void removesOneParagraphInOneLanguage() {
		Mandate mandate = resolution();
		mandate.enter(List.of(operative(Language.FR, "27", "Abroge"), operative(Language.EN, "27", "Repeals")), NOW);
		UUID english = mandate.view().in(Language.EN).get(0).id();

		mandate.remove(english, NOW);

		assertThat(mandate.view().paragraphs()).extracting(ParagraphView::language).containsExactly(Language.FR);
		assertThatThrownBy(() -> mandate.remove(english, NOW)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void subParagraphsKeepTheirLettersAndBullets() {
		assertThat(
				SubParagraph.parse("a) établir un groupe\n\n(b) présenter\n- les modèles\n• les modalités\niv) quatre"))
			.containsExactly(new SubParagraph("a", "établir un groupe"), new SubParagraph("b", "présenter"),
					new SubParagraph(null, "les modèles"), new SubParagraph(null, "les modalités"),
					new SubParagraph("iv", "quatre"));
		assertThat(new SubParagraph("c", "inviter").printedLabel()).isEqualTo("c)");
		assertThat(SubParagraph.format(SubParagraph.parse("a) un\n- deux"))).isEqualTo("a) un\n- deux");
	}

	@Test
	void theDemoTextReadsAsParagraphsInThreeLanguages() {
		List<ParagraphDetails> paragraphs = DemoMandates.paragraphs(List.of("# comment", "[FR]",
				"P 1 Rappelant | la Résolution 7.9,", "^ Une note.", "O 6 Encourage en outre | le Secrétariat…\u00a0:",
				"- les mécanismes\u202f;", "- les modèles", "[EN]", "O 6 Further encourages | the Secretariat…:"));

		assertThat(paragraphs)
			.extracting(ParagraphDetails::language, ParagraphDetails::number, ParagraphDetails::openingWords)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Language.FR, "1", "Rappelant"),
					org.assertj.core.groups.Tuple.tuple(Language.FR, "6", "Encourage en outre"),
					org.assertj.core.groups.Tuple.tuple(Language.EN, "6", "Further encourages"));
		assertThat(paragraphs.get(0).footnotes()).isEqualTo("Une note.\n");
		assertThat(paragraphs.get(1).subParagraphs()).isEqualTo("les mécanismes\u202f;\nles modèles\n");
	}

}
