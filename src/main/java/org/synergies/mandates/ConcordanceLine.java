package org.synergies.mandates;

import org.jspecify.annotations.Nullable;

/**
 * A paragraph's number before and after an amendment: none before for a paragraph
 * inserted, none after for one deleted.
 */
public record ConcordanceLine(ParagraphKind kind, @Nullable String before, @Nullable String after) {

	/** Whether the number changed (inserted, deleted or renumbered). */
	public boolean changed() {
		return this.before == null || !this.before.equals(this.after);
	}

}
