package org.synergies.compilations.internal;

import java.util.Locale;

import org.synergies.compilations.internal.CompilationDocument.Block;
import org.synergies.compilations.internal.CompilationDocument.Contribution;
import org.synergies.compilations.internal.CompilationDocument.Part;
import org.synergies.compilations.internal.CompilationDocument.Section;
import org.synergies.compilations.internal.CompilationDocument.Table;
import org.synergies.documents.DocxWriter;

/** Writes the compiled document as DOCX, in UN document form. */
final class DocxCompilation {

	private DocxCompilation() {
	}

	static byte[] write(CompilationDocument document, Locale language) {
		try (DocxWriter docx = new DocxWriter(language)) {
			docx.firstPage(document.convention(), document.symbol(), document.distribution(), document.date(),
					document.original())
				.centred(document.meeting(), false, 11)
				.title(document.title())
				.centred(document.preparedBy(), false, 11);
			for (Part part : document.parts()) {
				docx.heading(part.heading(), 1);
				part.paragraphs().forEach(docx::numbered);
				part.tables()
					.forEach(table -> docx.table(table.caption(), table.headings(), table.rows(), table.kinds()));
			}
			docx.pageBreak().heading(document.contributionsTitle(), 1).numbered(document.contributionsIntro());
			for (Contribution contribution : document.contributions()) {
				docx.heading(contribution.organization()
						+ (contribution.country() == null ? "" : " (" + contribution.country() + ")"), 2);
				if (contribution.internal()) {
					docx.paragraph(contribution.note());
				}
				for (Section section : contribution.sections()) {
					docx.heading(section.title(), 3);
					section.entries().forEach(entry -> docx.labelled(entry.label(), entry.value()));
					for (Block block : section.blocks()) {
						docx.heading(block.title(), 4);
						if (!block.facts().isEmpty()) {
							docx.paragraph(block.factsLine());
						}
						block.texts().forEach(text -> docx.paragraph(text.value()));
					}
					section.groups()
						.forEach(group -> docx.table(group.caption(), group.headings(), group.rows(), group.kinds()));
				}
			}
			for (Table annex : document.annexes()) {
				docx.pageBreak().heading(annex.caption(), 1).table("", annex.headings(), annex.rows(), annex.kinds());
			}
			return docx.toBytes();
		}
	}

}
