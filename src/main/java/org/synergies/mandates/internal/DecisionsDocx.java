package org.synergies.mandates.internal;

import java.util.Locale;

import org.synergies.documents.DocxWriter;

/** Writes a list of decisions as DOCX, in UN document form. */
final class DecisionsDocx {

	private DecisionsDocx() {
	}

	static byte[] write(DecisionsDocument document, Locale language) {
		try (DocxWriter docx = new DocxWriter(language)) {
			docx.firstPage(document.organ(), document.symbol(), document.distribution(), document.date(),
					document.original())
				.title(document.title());
			if (document.subtitle() != null) {
				docx.centred(document.subtitle(), true, 12);
			}
			document.introduction().forEach(docx::paragraph);
			String section = null;
			for (DecisionsDocument.Group group : document.groups()) {
				if (group.section() != null && !group.section().equals(section)) {
					docx.centred(group.section(), true, 12);
				}
				section = group.section();
				if (group.heading() != null) {
					docx.heading(group.heading(), 2);
				}
				for (DecisionsDocument.Entry entry : group.entries()) {
					for (int i = 0; i < entry.texts().size(); i++) {
						docx.paragraph(i == 0 ? entry.number() + "\t" + entry.texts().get(i) : entry.texts().get(i));
					}
					entry.subParagraphs().forEach(docx::paragraph);
					entry.facts().forEach(docx::paragraph);
				}
			}
			return docx.toBytes();
		}
	}

}
