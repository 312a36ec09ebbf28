package org.synergies.agreements.internal;

import java.util.List;

/**
 * The list of agreements as a UN information document, already worded (and, in French,
 * set in French typography) for one language: the first page's block, the title, numbered
 * paragraphs, then one part per status ("I. Agreements in force") with a table per kind.
 * The DOCX, PDF and HTML renderings read this one model. Public only so that the document
 * template reads it.
 *
 * @param symbol the UN symbol the Secretariat entered, empty when none was
 * @param headings the headings of every table's columns
 */
public record AgreementsDocument(String symbol, String organ, String distribution, String date, String original,
		String title, String preparedBy, List<String> paragraphs, List<String> headings, List<Part> parts) {

	/** The agreements of one status, by kind. */
	public record Part(String heading, List<Kind> kinds) {
	}

	/** The agreements of one kind: a row each, numbered through the document. */
	public record Kind(String heading, List<List<String>> rows) {
	}

}
