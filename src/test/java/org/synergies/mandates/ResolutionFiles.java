package org.synergies.mandates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Resolutions as the Secretariat writes them in Word, built with POI for the tests: the
 * symbol and title, recitals with their opening words in italics, operative paragraphs
 * numbered by hand ("5.", "6 bis."), bulleted or lettered sub-paragraphs, a footnote.
 */
public final class ResolutionFiles {

	private ResolutionFiles() {
	}

	/**
	 * The French text of Resolution 11.10 (Rev.COP12): its first two recitals (the second
	 * with a footnote), operative paragraphs 5, 6 (with its three indents), 6 bis and 27,
	 * and an annex.
	 */
	public static byte[] elevenTenInFrench() {
		return docx(document -> {
			plain(document, "RÉSOLUTION 11.10 (Rév.COP12)");
			plain(document, "SYNERGIES ET PARTENARIATS");
			plain(document, "Adoptée par la Conférence des Parties lors de sa 11e réunion (Quito, 4-9 novembre 2014)");
			opening(document, "", "Rappelant",
					" la Résolution 7.9 sur la « Coopération avec d’autres organismes et processus », la Résolution 8.11 sur la « Coopération avec d’autres conventions »,");
			XWPFParagraph second = opening(document, "", "Reconnaissant",
					" l’importance de la coopération et des synergies avec d’autres organismes, y compris les ONG,");
			XWPFFootnote note = document.createFootnote();
			note.createParagraph().createRun().setText("Dénommé à présent Wild Migration.");
			second.addFootnoteReference(note);
			plain(document,
					"La Conférence des Parties à la Convention sur la conservation des espèces migratrices appartenant à la faune sauvage");
			opening(document, "5.\t", "Se félicite",
					" de la mise en œuvre des recommandations répondant à une demande des Parties figurant dans la Résolution 11.11 ;");
			opening(document, "6.\t", "Encourage en outre",
					" le Secrétariat de la CMS, les Parties, les autres gouvernements, les OSC et les ONG partenaires à élaborer des mécanismes, notamment :");
			plain(document, "-\tles mécanismes qui faciliteront le travail rendu possible par les OSC et des ONG ;");
			plain(document,
					"-\tles modèles pour une implication accrue des OSC et des ONG dans les processus de la CMS ; et");
			plain(document, "-\tles modalités d’un engagement stratégique plus poussé avec les OSC et les ONG ;");
			opening(document, "6 bis.\t", "Demande",
					" au Secrétariat de continuer à approuver les demandes de financement des ONG pour des projets qui contribuent à l’application de tout plan ;");
			opening(document, "27.\t", "Abroge",
					" la Résolution 7.9, la Résolution 8.11, la Résolution 9.6 et la Résolution 10.21.");
			plain(document, "Annexe");
			plain(document, "Lignes directrices pour les partenariats");
			plain(document, "Les partenariats servent les objectifs de la Convention.");
			plain(document, "Ils sont examinés à chaque session de la Conférence des Parties.");
		});
	}

	/** A letter, not a resolution: paragraphs without any numbered operative one. */
	public static byte[] aLetter() {
		return docx(document -> {
			plain(document, "Dear Colleagues,");
			plain(document, "Please find attached the documents for the next meeting.");
			plain(document, "Yours sincerely,");
		});
	}

	/** A DOCX built by the given steps. */
	public static byte[] docx(Consumer<XWPFDocument> content) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			content.accept(document);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	/** A paragraph: its number as typed, its opening words in italics, the rest. */
	public static XWPFParagraph opening(XWPFDocument document, String number, String openingWords, String rest) {
		XWPFParagraph paragraph = document.createParagraph();
		if (!number.isEmpty()) {
			paragraph.createRun().setText(number);
		}
		XWPFRun italic = paragraph.createRun();
		italic.setItalic(true);
		italic.setText(openingWords);
		paragraph.createRun().setText(rest);
		return paragraph;
	}

	public static XWPFParagraph plain(XWPFDocument document, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.createRun().setText(text);
		return paragraph;
	}

}
