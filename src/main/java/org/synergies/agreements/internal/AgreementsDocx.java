package org.synergies.agreements.internal;

import java.util.Locale;

import org.synergies.documents.DocxWriter;

/** Writes the list of agreements as DOCX, in UN document form. */
final class AgreementsDocx {

	private AgreementsDocx() {
	}

	static byte[] write(AgreementsDocument document, Locale language) {
		try (DocxWriter docx = new DocxWriter(language)) {
			docx.firstPage(document.organ(), document.symbol(), document.distribution(), document.date(),
					document.original())
				.title(document.title())
				.centred(document.preparedBy(), false, 11);
			document.paragraphs().forEach(docx::numbered);
			for (AgreementsDocument.Part part : document.parts()) {
				docx.heading(part.heading(), 1);
				for (AgreementsDocument.Kind kind : part.kinds()) {
					docx.heading(kind.heading(), 2).table("", document.headings(), kind.rows());
				}
			}
			return docx.toBytes();
		}
	}

}
