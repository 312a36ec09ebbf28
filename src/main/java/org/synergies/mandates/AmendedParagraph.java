package org.synergies.mandates;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * A paragraph a draft amendment changes, in one language, as the amended text will read.
 *
 * @param origin its number in the revision amended; none for an inserted paragraph
 * @param number its number in the amended text (differs from {@code origin} when moved)
 * @param deleted whether the amendment deletes it (its text is then the one deleted)
 */
public record AmendedParagraph(Language language, ParagraphKind kind, @Nullable String origin, String number,
		boolean deleted, @Nullable String openingWords, String text, @Nullable String subParagraphs,
		@Nullable String footnotes) {

	public boolean isInserted() {
		return this.origin == null;
	}

	public boolean isMoved() {
		return this.origin != null && !this.origin.equals(this.number);
	}

}
