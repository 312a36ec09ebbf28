package org.synergies.mandates.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.synergies.mandates.ParagraphDetails;
import org.synergies.mandates.ParagraphKind;
import org.synergies.mandates.ResolutionFiles;
import org.synergies.shared.Language;
import org.synergies.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.synergies.mandates.ResolutionFiles.opening;
import static org.synergies.mandates.ResolutionFiles.plain;

/**
 * Reading a resolution from the DOCX the Secretariat writes: heading, recitals with their
 * opening words, numbered operative paragraphs (6 bis included) with their indents and
 * footnotes, annexes; and what is not a resolution.
 */
class ResolutionDocxTests {

	@Test
	void readsTheFrenchTextOfResolutionElevenTenParagraphByParagraph() {
		ResolutionDocx.Read read = ResolutionDocx.read(ResolutionFiles.elevenTenInFrench(), Language.FR);

		assertThat(read.symbol()).isEqualTo("RÉSOLUTION 11.10 (Rév.COP12)");
		assertThat(read.title()).isEqualTo("SYNERGIES ET PARTENARIATS");
		assertThat(read.annexes()).containsExactly("Annexe");
		assertThat(read.annexTexts()).singleElement().satisfies(annex -> {
			assertThat(annex.number()).isEqualTo("1");
			assertThat(annex.titleFr()).isEqualTo("Lignes directrices pour les partenariats");
			assertThat(annex.bodyFr()).startsWith("Les partenariats servent").contains("\nIls sont examinés");
		});
		assertThat(read.paragraphs())
			.extracting(ParagraphDetails::kind, ParagraphDetails::number, ParagraphDetails::openingWords)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ParagraphKind.PREAMBULAR, "1", "Rappelant"),
					org.assertj.core.groups.Tuple.tuple(ParagraphKind.PREAMBULAR, "2", "Reconnaissant"),
					org.assertj.core.groups.Tuple.tuple(ParagraphKind.OPERATIVE, "5", "Se félicite"),
					org.assertj.core.groups.Tuple.tuple(ParagraphKind.OPERATIVE, "6", "Encourage en outre"),
					org.assertj.core.groups.Tuple.tuple(ParagraphKind.OPERATIVE, "6.bis", "Demande"),
					org.assertj.core.groups.Tuple.tuple(ParagraphKind.OPERATIVE, "27", "Abroge"));
		assertThat(read.paragraphs()).allMatch(paragraph -> paragraph.language() == Language.FR);
		ParagraphDetails recital = read.paragraphs().get(1);
		assertThat(recital.text()).startsWith("l’importance de la coopération");
		assertThat(recital.footnotes()).isEqualTo("Dénommé à présent Wild Migration.");
		ParagraphDetails six = read.paragraphs().get(3);
		assertThat(six.text()).startsWith("le Secrétariat de la CMS").endsWith("notamment :");
		assertThat(six.subParagraphs()).isEqualTo("""
				- les mécanismes qui faciliteront le travail rendu possible par les OSC et des ONG ;
				- les modèles pour une implication accrue des OSC et des ONG dans les processus de la CMS ; et
				- les modalités d’un engagement stratégique plus poussé avec les OSC et les ONG ;""");
		assertThat(read.paragraphs().get(4).text()).startsWith("au Secrétariat de continuer");
	}

	@Test
	void readsNumbersWrittenEveryWayLetteredSubParagraphsAndOpeningWordsNotInItalics() {
		byte[] file = ResolutionFiles.docx(document -> {
			plain(document, "Recalling Resolution 10.21 on Synergies and Partnerships,");
			plain(document, "6.bis\tRequests the Secretariat:");
			plain(document, "a)\tto report;");
			plain(document, "(b)\tto consult the Parties;");
			opening(document, "6ter ", "Invites", " the Parties to contribute;");
			plain(document, "7. Decides to keep this matter under review.");
		});

		List<ParagraphDetails> paragraphs = ResolutionDocx.read(file, Language.EN).paragraphs();

		assertThat(paragraphs).extracting(ParagraphDetails::number).containsExactly("1", "6.bis", "6.ter", "7");
		assertThat(paragraphs).extracting(ParagraphDetails::openingWords)
			.containsExactly("Recalling", "Requests", "Invites", "Decides");
		assertThat(paragraphs.get(1).subParagraphs()).isEqualTo("a) to report;\nb) to consult the Parties;");
		assertThat(paragraphs.get(3).text()).isEqualTo("to keep this matter under review.");
	}

	@Test
	void keepsTextBetweenOperativeParagraphsAsAParagraphWithoutNumberForThePreviewToRefuse() {
		byte[] file = ResolutionFiles.docx(document -> {
			plain(document, "1. Requests the Secretariat to report;");
			plain(document, "A sentence someone forgot to number.");
		});

		assertThat(ResolutionDocx.read(file, Language.EN).paragraphs()).extracting(ParagraphDetails::number)
			.containsExactly("1", "");
	}

	@Test
	void aDocumentWithoutNumberedOperativeParagraphsIsNotAResolution() {
		assertThatThrownBy(() -> ResolutionDocx.read(ResolutionFiles.aLetter(), Language.EN)).isInstanceOfSatisfying(
				RuleViolationException.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("mandates.import.notResolution"));
	}

	@Test
	void bytesThatAreNotADocxAreRefused() {
		assertThatThrownBy(() -> ResolutionDocx.read("not a document".getBytes(), Language.EN)).isInstanceOfSatisfying(
				RuleViolationException.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("mandates.import.unreadable"));
	}

}
