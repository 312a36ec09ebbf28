package org.synergies.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.synergies.documents.DocumentRenderer;
import org.synergies.documents.DocxWriter;
import org.synergies.notifications.NotificationCompilation.Format;
import org.synergies.notifications.internal.AsReceivedDocument.Entry;
import org.synergies.notifications.internal.AsReceivedDocument.Translation;
import org.synergies.shared.Language;

/**
 * Writes a compilation "as received" as DOCX (UN form, each contribution's paragraphs in
 * its own proofing language), and as HTML and PDF through the document template
 * {@code documents/notification-compilation.html}.
 */
@Component
class AsReceivedWriter {

	private static final String TEMPLATE = "notification-compilation";

	private final DocumentRenderer renderer;

	AsReceivedWriter(DocumentRenderer renderer) {
		this.renderer = renderer;
	}

	byte[] write(AsReceivedDocument document, Language language, Format format) {
		return switch (format) {
			case DOCX -> docx(document, language);
			case PDF -> this.renderer.pdf(TEMPLATE, language, Map.of("document", document));
			case HTML ->
				this.renderer.html(TEMPLATE, language, Map.of("document", document)).getBytes(StandardCharsets.UTF_8);
		};
	}

	private static byte[] docx(AsReceivedDocument document, Language language) {
		try (DocxWriter docx = new DocxWriter(language.locale())) {
			docx.firstPage(document.organ(), document.symbol(), document.distribution(), document.date(),
					document.original())
				.title(document.title())
				.centred(document.preparedBy(), false, 11)
				.heading(document.coverHeading(), 1);
			document.cover().forEach(docx::numbered);
			docx.table(document.tableCaption(), document.tableHeadings(), document.tableRows());
			docx.heading(document.pendingHeading(), 2);
			if (document.pending().isEmpty()) {
				docx.paragraph(document.noPending());
			}
			document.pending().forEach(docx::paragraph);
			docx.pageBreak().heading(document.contributionsHeading(), 1);
			for (Entry entry : document.contributions()) {
				docx.heading(entry.heading(), 2);
				entry.facts().forEach(docx::paragraph);
				Locale original = Locale.forLanguageTag(entry.lang());
				entry.paragraphs().forEach(paragraph -> docx.paragraph(paragraph, original));
				if (entry.files() != null) {
					docx.paragraph(entry.files());
				}
				for (Translation translation : entry.translations()) {
					docx.heading(translation.label(), 3);
					Locale into = Locale.forLanguageTag(translation.lang());
					translation.paragraphs().forEach(paragraph -> docx.paragraph(paragraph, into));
					if (translation.file() != null) {
						docx.paragraph(translation.file());
					}
				}
			}
			return docx.toBytes();
		}
	}

}
