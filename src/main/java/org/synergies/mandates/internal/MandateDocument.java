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
 * revision has one.
 */
record MandateDocument(String organ, String symbol, String distribution, String date, String original,
		List<String> titles, @Nullable String note, String conference, List<TrackedParagraph> preamble,
		List<TrackedParagraph> operative, @Nullable String concordanceHeading, List<String> concordanceColumns,
		List<ConcordanceLine> concordance, String lang) {

	boolean tracked() {
		return this.note != null;
	}

}
