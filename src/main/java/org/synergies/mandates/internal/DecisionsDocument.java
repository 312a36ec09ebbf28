package org.synergies.mandates.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A UN document listing decisions, worded in one language: the draft decisions annexed to
 * a meeting document, grouped by whom they are directed to, or the decisions that lapse
 * at a meeting, grouped by what the Secretariat proposes.
 */
record DecisionsDocument(String organ, String symbol, String distribution, String date, String original, String title,
		@Nullable String subtitle, List<String> introduction, List<Group> groups) {

	/**
	 * Decisions under a heading ("Directed to the Secretariat"), in a section (the
	 * decisions' own heading, "SYNERGIES AND PARTNERSHIPS"), if they have one.
	 */
	record Group(@Nullable String section, @Nullable String heading, List<Entry> entries) {

		Group(@Nullable String heading, List<Entry> entries) {
			this(null, heading, entries);
		}

	}

	/**
	 * @param number "13.AA" or "Decision 13.AA"
	 * @param facts lines under it (adopted at, directed to, implementation)
	 */
	record Entry(String anchor, String number, List<String> texts, List<String> subParagraphs, List<String> facts) {
	}

}
