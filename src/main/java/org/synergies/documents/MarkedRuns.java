package org.synergies.documents;

import java.math.BigInteger;
import java.util.Calendar;
import java.util.List;

import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * Writes marked text into a paragraph, either as formatting (underline, strike-through:
 * what a reader of the printed annex sees) or as Word revisions ({@code w:ins},
 * {@code w:del}) that the Secretariat can accept or reject one by one.
 */
final class MarkedRuns {

	private MarkedRuns() {
	}

	static void write(XWPFParagraph paragraph, List<MarkedText> parts, String author, Calendar date) {
		CTP p = paragraph.getCTP();
		int id = 1;
		for (MarkedText part : parts) {
			switch (part.mark()) {
				case PLAIN -> paragraph.createRun().setText(part.text());
				case INSERTED -> {
					CTRunTrackChange insertion = p.addNewIns();
					revision(insertion, id++, author, date);
					text(insertion.addNewR().addNewT(), part.text());
				}
				case DELETED -> {
					CTRunTrackChange deletion = p.addNewDel();
					revision(deletion, id++, author, date);
					text(deletion.addNewR().addNewDelText(), part.text());
				}
			}
		}
	}

	static void write(XWPFParagraph paragraph, List<MarkedText> parts) {
		for (MarkedText part : parts) {
			XWPFRun run = paragraph.createRun();
			run.setText(part.text());
			if (part.mark() == MarkedText.Mark.INSERTED) {
				run.setUnderline(UnderlinePatterns.SINGLE);
			}
			else if (part.mark() == MarkedText.Mark.DELETED) {
				run.setStrikeThrough(true);
			}
		}
	}

	private static void revision(CTRunTrackChange change, int id, String author, Calendar date) {
		change.setId(BigInteger.valueOf(id));
		change.setAuthor(author);
		change.setDate(date);
	}

	private static void text(CTText text, String value) {
		text.setStringValue(value);
		// spaces at either end of a changed piece are part of it
		text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
	}

}
