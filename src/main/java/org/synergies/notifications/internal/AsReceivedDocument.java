package org.synergies.notifications.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The compilation "as received" laid out for writing, every text in the document's
 * language except the contributions and their courtesy translations, which keep theirs.
 *
 * @param lang the document's language code
 * @param cover the paragraphs of the Secretariat's cover note
 * @param pending one line per contribution still awaiting a courtesy translation
 */
public record AsReceivedDocument(String lang, String organ, String symbol, String distribution, String date,
		String original, String title, String preparedBy, String coverHeading, List<String> cover, String tableCaption,
		List<String> tableHeadings, List<List<String>> tableRows, String contributionsHeading,
		List<Entry> contributions, String pendingHeading, List<String> pending, String noPending) {

	/**
	 * A contribution as received: its text in its own language ({@code lang}), then its
	 * courtesy translations.
	 */
	public record Entry(String heading, List<String> facts, String lang, List<String> paragraphs,
			@Nullable String files, List<Translation> translations) {
	}

	/** A courtesy translation, labelled as such. */
	public record Translation(String label, String lang, List<String> paragraphs, @Nullable String file) {
	}

}
