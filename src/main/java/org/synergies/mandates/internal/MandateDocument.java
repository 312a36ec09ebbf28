package org.synergies.mandates.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.synergies.mandates.ConcordanceLine;
import org.synergies.mandates.TrackedParagraph;

/**
 * A resolution as a UN document, worded for one language: the first-page block, the title
 * lines, the note on the marks (for proposed amendments and comparisons), the preamble
 * and, after the Conference's line, the operative paragraphs, each as tracked changes
 * (all kept for a consolidated revision), and the concordance of numbers when the
 * revision has one, then its annexes, each on a page of its own.
 */
record MandateDocument(String organ, String symbol, String distribution, String date, String original,
		List<String> titles, @Nullable String note, String conference, List<TrackedParagraph> preamble,
		List<TrackedParagraph> operative, @Nullable String concordanceHeading, List<String> concordanceColumns,
		List<ConcordanceLine> concordance, List<Annex> annexes, String lang) {

	/**
	 * An annex as printed: "Annex 1", its title, its paragraphs (or the line saying it is
	 * missing in this language).
	 */
	record Annex(String anchor, String heading, @Nullable String title, List<String> paragraphs) {
	}

	boolean tracked() {
		return this.note != null;
	}

}
