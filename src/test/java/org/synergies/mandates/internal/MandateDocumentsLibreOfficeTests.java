package org.synergies.mandates.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.synergies.mandates.AmendmentOperation;
import org.synergies.mandates.AnnexView;
import org.synergies.mandates.ConcordanceLine;
import org.synergies.mandates.MandateKind;
import org.synergies.mandates.MandateStatus;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.ParagraphKind;
import org.synergies.mandates.ParagraphView;
import org.synergies.mandates.TrackedParagraph;
import org.synergies.shared.Language;
import org.synergies.support.ExternalTools;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mandates' documents as LibreOffice opens them, headless, printed to PDF and read
 * back with pdftotext: the annex of proposed amendments (marked, and as Word revisions),
 * the annex of draft decisions and a consolidated revision with its annexes. One
 * {@code soffice} run converts them all: its start is most of the time.
 */
class MandateDocumentsLibreOfficeTests {

	private static final ParagraphKind O = ParagraphKind.OPERATIVE;

	/** The heading the seed's Annex 2 sets its draft decisions under. */
	private static final String SECTION = "SYNERGIES ET PARTENARIATS";

	private static final Instant NOW = Instant.parse("2020-01-10T10:00:00Z");

	private static Map<String, String> printed;

	@BeforeAll
	static void print(@TempDir Path directory) throws Exception {
		ExternalTools.require("soffice");
		ExternalTools.require("pdftotext");
		MandateDocuments documents = new MandateDocuments(null, null, null, messages(),
				Clock.fixed(NOW, ZoneOffset.UTC));
		Map<String, byte[]> files = new LinkedHashMap<>();
		List<TrackedParagraph> tracked = proposedAmendments();
		MandateDocument annex = new MandateDocument("CONVENTION SUR LES ESPÈCES MIGRATRICES",
				"UNEP/CMS/COP13/Doc.18/Annex 1", "Distr. générale", "10 janvier 2020", "Original\u00a0: anglais",
				List.of("Amendements proposés à la Résolution 11.10 (Rev.COP12)", "SYNERGIES ET PARTENARIATS"),
				"NB\u00a0: le texte nouveau est souligné, le texte à supprimer est barré", "La Conférence des Parties",
				List.of(), tracked, null, List.of(), List.of(), List.of(), "fr");
		files.put("amendments", documents.docx(annex, Language.FR, false));
		files.put("amendments-revisions", documents.docx(annex, Language.FR, true));
		files.put("draft-decisions", DecisionsDocx.write(draftDecisions(), Locale.FRENCH));
		files.put("revision", documents.docx(revision(documents), Language.EN, false));
		printed = new LinkedHashMap<>();
		// a symbol or a title may wrap at the end of its column: read words, not lines
		ExternalTools.docxAsText(directory, files)
			.forEach((name, text) -> printed.put(name, text.replaceAll("\\s+", " ")));
	}

	@Test
	void theAnnexOfProposedAmendmentsKeepsBothWordingsAndTheNumberSixBis() {
		for (String name : List.of("amendments", "amendments-revisions")) {
			assertThat(printed.get(name)).as(name)
				.contains("UNEP/CMS/COP13/Doc.18/Annex 1", "Amendements proposés à la Résolution 11.10 (Rev.COP12)",
						"SYNERGIES ET PARTENARIATS", "Se félicite", "Encourage", "la mise en œuvre", "6.bis",
						"des demandes de financement des ONG", "Prie aussi")
				// both wordings of paragraph 5, the struck one first (the marks
				// themselves are
				// drawn, not text: AmendmentsDemoTests reads them in the DOCX)
				.containsPattern("5 Se félicite ?Encourage de la ?la mise en œuvre")
				.containsPattern("6 Encourage en outre le Secrétariat 6.bis Prie le Secrétariat");
		}
	}

	@Test
	void theAnnexOfDraftDecisionsPrintsItsHeadingAndEveryDecision() {
		assertThat(printed.get("draft-decisions")).contains("UNEP/CMS/COP13/Doc.18/Annex 2", "b) aider les Parties")
			.containsSubsequence("PROJETS DE DÉCISIONS", "PARTICIPATION DES ONG AUX PROCESSUS DE LA CMS",
					"SYNERGIES ET PARTENARIATS", "À l’attention du Secrétariat", "13.AA", "13.BB", "13.CC");
		assertThat(printed.get("draft-decisions").split("SYNERGIES ET PARTENARIATS", -1))
			.as("the heading once, above the decisions it holds")
			.hasSize(2);
	}

	@Test
	void theConsolidatedRevisionIsRenumberedWithItsConcordanceAndAnnexes() {
		assertThat(printed.get("revision")).containsSubsequence("Concordance", "Annex 1", "GUIDELINES ON PARTNERSHIPS",
				"Partnerships serve the Convention. They are reviewed every three years.", "Annex 2",
				"This annex is not available in English.");
		assertThat(printed.get("revision")).contains("UNEP/CMS/Resolution 11.10 (Rev.COP13)",
				"Resolution 11.10 (Rev.COP13)", "Welcomes", "Requests", "NGO funding requests", "Concordance", "6.bis");
	}

	/** The seed's paragraph 5 reworded and paragraph 6.bis inserted, in French. */
	private static List<TrackedParagraph> proposedAmendments() {
		List<ParagraphView> base = List.of(paragraph(Language.FR, "5", "Se félicite", "de la mise en œuvre"),
				paragraph(Language.FR, "6", "Encourage en outre", "le Secrétariat"),
				paragraph(Language.FR, "7", "Prie aussi", "le Secrétariat de faciliter"));
		Amendment amendment = Amendment.draft(UUID.randomUUID(), UUID.randomUUID(), null, NOW);
		amendment.apply(AmendmentOperation.edit(Language.FR, O, "5", "Encourage", "la mise en œuvre", null), base, NOW);
		amendment.apply(AmendmentOperation.insert(Language.FR, O, "6.bis", "Prie",
				"le Secrétariat d’examiner des demandes de financement des ONG", null), base, NOW);
		return Tracking.track(base, amendment.amended(base, Language.FR), amendment.lines(base), line -> false);
	}

	/** Rev.COP13 as adopted: 6.bis became 7, its concordance says so. */
	private static MandateDocument revision(MandateDocuments documents) {
		List<ParagraphView> paragraphs = List.of(paragraph(Language.EN, "1", "Welcomes", "the implementation"),
				paragraph(Language.EN, "2", "Further encourages", "the Secretariat"),
				paragraph(Language.EN, "3", "Requests", "the Secretariat to consider NGO funding requests"));
		List<TrackedParagraph> kept = Tracking.track(paragraphs, paragraphs,
				Tracking.sameNumbers(paragraphs, paragraphs), line -> false);
		return new MandateDocument("CONVENTION ON MIGRATORY SPECIES", "UNEP/CMS/Resolution 11.10 (Rev.COP13)",
				"General Distribution", "10 January 2020", "Original: English",
				List.of("Resolution 11.10 (Rev.COP13)", "SYNERGIES AND PARTNERSHIPS"), null,
				"The Conference of the Parties", List.of(), kept, "Concordance",
				List.of("Resolution 11.10 (Rev.COP12)", "Resolution 11.10 (Rev.COP13)"),
				List.of(new ConcordanceLine(O, "5", "1"), new ConcordanceLine(O, "6", "2"),
						new ConcordanceLine(O, "6.bis", "3")),
				documents.annexes(annexed(), Language.EN), "en");
	}

	/** A text with an annex in English and one in French only. */
	private static MandateView annexed() {
		return new MandateView(UUID.randomUUID(), MandateKind.RESOLUTION, "11.10", "COP13", null, null, null, null,
				MandateStatus.ADOPTED, List.of(),
				List.of(new AnnexView("1", "Guidelines on partnerships", null, null,
						"Partnerships serve the Convention.\nThey are reviewed every three years.", null, null),
						new AnnexView("2", null, "Liste des partenaires", null, null, "Le PNUE.", null)),
				new org.synergies.mandates.DecisionHeading(null, null, null), 1);
	}

	private static DecisionsDocument draftDecisions() {
		DecisionsDocument.Entry aa = new DecisionsDocument.Entry("decision-13.AA", "13.AA",
				List.of("Le Secrétariat, sous réserve de ressources disponibles\u00a0:"),
				List.of("a) faire rapport au Comité permanent", "b) aider les Parties"), List.of());
		DecisionsDocument.Entry bb = new DecisionsDocument.Entry("decision-13.BB", "13.BB",
				List.of("Les Parties et les ONG sont invitées à soutenir le Secrétariat."), List.of(), List.of());
		DecisionsDocument.Entry cc = new DecisionsDocument.Entry("decision-13.CC", "13.CC",
				List.of("Le Comité permanent examine le rapport du Secrétariat."), List.of(), List.of());
		return new DecisionsDocument("CONVENTION SUR LES ESPÈCES MIGRATRICES", "UNEP/CMS/COP13/Doc.18/Annex 2",
				"Distr. générale", "10 janvier 2020", "Original\u00a0: anglais", "PROJETS DE DÉCISIONS",
				"PARTICIPATION DES ONG AUX PROCESSUS DE LA CMS", List.of(),
				List.of(new DecisionsDocument.Group(SECTION, "À l’attention du Secrétariat", List.of(aa)),
						new DecisionsDocument.Group(SECTION, "À l’attention des Parties et des ONG", List.of(bb)),
						new DecisionsDocument.Group(SECTION, "À l’attention du Comité permanent", List.of(cc))));
	}

	private static ParagraphView paragraph(Language language, String number, String opening, String text) {
		return new ParagraphView(UUID.randomUUID(), language, O, number, opening, text, List.of(), List.of());
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		return messages;
	}

}
