package org.synergies.mandates.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.synergies.mandates.AmendmentOperation;
import org.synergies.mandates.ParagraphView;
import org.synergies.mandates.TrackedParagraph;
import org.synergies.shared.Language;
import org.synergies.support.ExternalTools;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annex of proposed amendments as LibreOffice opens it, headless: the first page's
 * block with the symbol, the seed's paragraph 5 in French with the words struck and
 * inserted (one conversion: LibreOffice takes seconds; the Word revisions are checked in
 * the DOCX itself by AmendmentsDemoTests).
 */
class MandateDocumentsLibreOfficeTests {

	@Test
	void libreOfficeOpensTheAnnexWithParagraphFiveStruckAndUnderlined(@TempDir Path directory) throws Exception {
		ExternalTools.require("soffice");
		MandateDocuments documents = new MandateDocuments(null, null, null, messages(),
				Clock.fixed(Instant.parse("2020-01-10T10:00:00Z"), ZoneOffset.UTC));
		Amendment amendment = Amendment.draft(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), null,
				Instant.now());
		List<ParagraphView> base = AmendmentTests.BASE;
		amendment.apply(
				AmendmentOperation.edit(Language.FR, AmendmentTests.O, "5", "Encourage", "la mise en œuvre", null),
				base, Instant.now());
		List<TrackedParagraph> tracked = Tracking.track(base.stream().filter(p -> p.language() == Language.FR).toList(),
				amendment.amended(base, Language.FR), amendment.lines(base), line -> false);
		MandateDocument document = new MandateDocument("CONVENTION SUR LES ESPÈCES MIGRATRICES",
				"UNEP/CMS/COP13/Doc.18/Annex 1", "Distr. générale", "10 janvier 2020", "Original\u00a0: anglais",
				List.of("Amendements proposés à la Résolution 11.10 (Rev.COP12)"), "NB", "La Conférence des Parties",
				List.of(), tracked, null, List.of(), List.of(), "fr");

		String formatted = ExternalTools.docxAsText(directory, "annex", documents.docx(document, Language.FR, false));

		assertThat(formatted).contains("UNEP/CMS/COP13/Doc.18/Annex", "Se félicite", "Encourage", "la mise en œuvre",
				"Prie aussi");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		return messages;
	}

}
